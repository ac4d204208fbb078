/** The fixed set of reactions, where they go, and how their counts are kept. */
import type { NoteId } from './model.ts';

export const REACTIONS = ['agree', 'disagree', 'plus', 'question', 'applause'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** What a reaction is on: a shown note, or the live step itself. */
export type ReactionTarget = { kind: 'note'; noteId: NoteId } | { kind: 'step' };

/** Counts of one target's reactions, kept under `note:<id>` or `step:<step id>` in the document. */
export interface ReactionCounts {
  key: string;
  counts: Record<Reaction, number>;
  /** Server time of the latest: screens show a target's counts briefly after it moved. */
  lastAt: number;
}

/** Reactions each person may send in one window: enough to react, too few to flood the projector. */
export const REACTION_LIMITS = { perWindow: 10, windowMs: 10_000 } as const;

export const noteReactionKey = (noteId: NoteId) => `note:${noteId}`;
export const stepReactionKey = (step: string) => `step:${step}`;

export function noReactions(): Record<Reaction, number> {
  return { agree: 0, disagree: 0, plus: 0, question: 0, applause: 0 };
}
