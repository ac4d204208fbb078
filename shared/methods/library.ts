/**
 * The method library: well-known facilitation methods as activity templates. A blueprint is
 * the method's shape (its boards, its timed steps and what entering each does); its words, in
 * every language the room may speak, are in text-<locale>.ts. Dropping one into an agenda is
 * compose.ts.
 */
import type { BoardKind, BoardMode, SegmentKind } from '../model.ts';
import type { StepView } from '../schemas/agenda.ts';

export const METHOD_IDS = [
  'silent-writing',
  'one-two-four-all',
  'dot-voting',
  'lean-coffee',
  'world-cafe',
  'start-stop-continue',
  'swot',
  'open-space',
  'expectations',
  'expectations-review',
  'roles-matrix',
  'roti',
] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export const METHOD_LOCALES = ['en', 'fr', 'es', 'pt'] as const;
export type MethodLocale = (typeof METHOD_LOCALES)[number];

export interface BoardBlueprint {
  key: string;
  kind: BoardKind;
  /** Use the workshop's first board of this kind when it has one (the review of the opening's expectations). */
  reuse?: boolean;
}

export interface StepBlueprint {
  key: string;
  minutes: number;
  /** Keys of the method's boards this step works on. */
  boards: string[];
  mode: BoardMode | null;
  vote?: { budget: number; allowStacking: boolean };
  timerMinutes?: number;
  view?: StepView;
}

export interface MethodBlueprint {
  id: MethodId;
  /** The kind of block it makes when dropped in as a block of its own. */
  kind: SegmentKind;
  boards: BoardBlueprint[];
  steps: StepBlueprint[];
}

const notes = (key: string): BoardBlueprint => ({ key, kind: 'notes' });
const dots = (budget: number, allowStacking = false) => ({ budget, allowStacking });

/** Every method's shape, in the order the library lists them. */
export const METHODS: Record<MethodId, MethodBlueprint> = {
  'silent-writing': {
    id: 'silent-writing',
    kind: 'discussion',
    boards: [notes('ideas')],
    steps: [
      { key: 'write', minutes: 8, boards: ['ideas'], mode: 'private' },
      // Left private on entering: the facilitator's Reveal shows every note at once.
      { key: 'reveal', minutes: 7, boards: ['ideas'], mode: null },
    ],
  },
  'one-two-four-all': {
    id: 'one-two-four-all',
    kind: 'discussion',
    boards: [notes('ideas')],
    steps: [
      { key: 'one', minutes: 1, boards: ['ideas'], mode: 'private' },
      { key: 'two', minutes: 2, boards: ['ideas'], mode: 'private' },
      { key: 'four', minutes: 4, boards: ['ideas'], mode: 'private' },
      { key: 'all', minutes: 5, boards: ['ideas'], mode: null },
    ],
  },
  'dot-voting': {
    id: 'dot-voting',
    kind: 'discussion',
    boards: [notes('options')],
    steps: [
      { key: 'list', minutes: 5, boards: ['options'], mode: 'open' },
      { key: 'vote', minutes: 5, boards: ['options'], mode: 'locked', vote: dots(3) },
      { key: 'results', minutes: 5, boards: ['options'], mode: 'locked' },
    ],
  },
  'lean-coffee': {
    id: 'lean-coffee',
    kind: 'discussion',
    boards: [notes('topics')],
    steps: [
      { key: 'propose', minutes: 6, boards: ['topics'], mode: 'open' },
      { key: 'vote', minutes: 4, boards: ['topics'], mode: 'locked', vote: dots(2, true) },
      { key: 'discuss', minutes: 30, boards: ['topics'], mode: 'locked', timerMinutes: 8 },
    ],
  },
  'world-cafe': {
    id: 'world-cafe',
    kind: 'discussion',
    boards: [notes('tables')],
    steps: [
      { key: 'round1', minutes: 15, boards: ['tables'], mode: 'open' },
      { key: 'round2', minutes: 15, boards: ['tables'], mode: 'open' },
      { key: 'round3', minutes: 15, boards: ['tables'], mode: 'open' },
      { key: 'harvest', minutes: 15, boards: ['tables'], mode: 'locked' },
    ],
  },
  'start-stop-continue': {
    id: 'start-stop-continue',
    kind: 'discussion',
    boards: [notes('board')],
    steps: [
      { key: 'write', minutes: 8, boards: ['board'], mode: 'private' },
      { key: 'reveal', minutes: 7, boards: ['board'], mode: null },
      { key: 'vote', minutes: 5, boards: ['board'], mode: 'locked', vote: dots(3) },
    ],
  },
  swot: {
    id: 'swot',
    kind: 'discussion',
    boards: [notes('swot')],
    steps: [
      { key: 'write', minutes: 10, boards: ['swot'], mode: 'private' },
      { key: 'reveal', minutes: 10, boards: ['swot'], mode: null },
    ],
  },
  'open-space': {
    id: 'open-space',
    kind: 'discussion',
    boards: [notes('market')],
    steps: [
      { key: 'propose', minutes: 10, boards: ['market'], mode: 'open' },
      { key: 'interest', minutes: 5, boards: ['market'], mode: 'locked', vote: dots(3) },
      { key: 'agenda', minutes: 5, boards: ['market'], mode: 'locked' },
    ],
  },
  expectations: {
    id: 'expectations',
    kind: 'opening',
    boards: [{ key: 'expectations', kind: 'expectations' }],
    steps: [{ key: 'write', minutes: 10, boards: ['expectations'], mode: 'open' }],
  },
  'expectations-review': {
    id: 'expectations-review',
    kind: 'closing',
    boards: [{ key: 'expectations', kind: 'expectations', reuse: true }],
    steps: [{ key: 'review', minutes: 15, boards: ['expectations'], mode: 'locked' }],
  },
  'roles-matrix': {
    id: 'roles-matrix',
    kind: 'discussion',
    boards: [{ key: 'roles', kind: 'roles' }],
    steps: [
      { key: 'map', minutes: 20, boards: ['roles'], mode: 'open' },
      { key: 'confirm', minutes: 10, boards: ['roles'], mode: 'locked', view: 'actions' },
    ],
  },
  roti: {
    id: 'roti',
    kind: 'closing',
    boards: [notes('roti')],
    steps: [{ key: 'rate', minutes: 5, boards: ['roti'], mode: 'open' }],
  },
};

/** A method's planned length: its steps back to back. */
export function methodMinutes(id: MethodId): number {
  return METHODS[id].steps.reduce((n, s) => n + s.minutes, 0);
}
