/**
 * A method made concrete in one language: the boards it needs (new ones only: a reused board is
 * the workshop's own) and its activities, with ids no other step or board of the workshop has.
 */
import type { Activity, BoardKind, SegmentKind } from '../model.ts';
import type { BoardSpec, WorkshopTemplateInput } from '../schemas/template.ts';
import { formatPlanClock } from '../time.ts';
import { METHOD_IDS, METHODS, methodMinutes, type MethodId, type MethodLocale } from './library.ts';
import { methodsEn } from './text-en.ts';
import { methodsEs } from './text-es.ts';
import { methodsFr } from './text-fr.ts';
import { methodsPt } from './text-pt.ts';
import type { MethodTexts } from './text.ts';

export const METHOD_TEXTS: Record<MethodLocale, MethodTexts> = {
  en: methodsEn,
  fr: methodsFr,
  es: methodsEs,
  pt: methodsPt,
};

export interface ComposedMethod {
  name: string;
  kind: SegmentKind;
  minutes: number;
  /** The boards to create; a board the method reuses is not among them. */
  boards: BoardSpec[];
  activities: Activity[];
}

/** What of a workshop a method must not collide with: its boards, and every segment and activity id. */
export interface MethodTarget {
  boards: ReadonlyArray<{ id: string; kind: BoardKind }>;
  stepIds: ReadonlySet<string>;
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The boards and activities method `id` adds to `target`, in `locale`. */
export function composeMethod(id: MethodId, locale: MethodLocale, target: MethodTarget): ComposedMethod {
  const method = METHODS[id];
  const text = METHOD_TEXTS[locale][id];
  const boardIds = new Set(target.boards.map((b) => b.id));
  const keyToBoard = new Map<string, string>();
  const boards: BoardSpec[] = [];
  for (const b of method.boards) {
    const reused = b.reuse ? target.boards.find((x) => x.kind === b.kind) : undefined;
    if (reused) {
      keyToBoard.set(b.key, reused.id);
      continue;
    }
    const boardId = uniqueId(method.boards.length === 1 ? id : `${id}-${b.key}`, boardIds);
    boardIds.add(boardId);
    keyToBoard.set(b.key, boardId);
    const words = text.boards[b.key]!;
    boards.push({ id: boardId, kind: b.kind, title: words.title, prompt: words.prompt, columns: [...words.columns] });
  }
  const stepIds = new Set(target.stepIds);
  const activities = method.steps.map((step): Activity => {
    const activityId = uniqueId(`${id}-${step.key}`, stepIds);
    stepIds.add(activityId);
    const words = text.steps[step.key]!;
    return {
      id: activityId,
      title: words.title,
      minutes: step.minutes,
      prompt: words.prompt,
      speakers: [],
      config: {
        boardIds: step.boards.map((k) => keyToBoard.get(k)!),
        mode: step.mode,
        vote: step.vote ?? null,
        timerMinutes: step.timerMinutes ?? null,
        remoteWriting: true,
        view: step.view ?? 'board',
      },
    };
  });
  return { name: text.name, kind: method.kind, minutes: methodMinutes(id), boards, activities };
}

/** A workshop of one block, the method, starting at 09:00 on `date` in `timezone`. */
export function methodTemplate(
  id: MethodId,
  locale: MethodLocale,
  where: { date: string; timezone: string },
): WorkshopTemplateInput {
  const composed = composeMethod(id, locale, { boards: [], stepIds: new Set([id]) });
  const start = 9 * 60;
  return {
    id: `method-${id}`,
    title: composed.name,
    date: where.date,
    timezone: where.timezone,
    venue: '',
    boards: composed.boards,
    agenda: {
      segments: [
        {
          id,
          kind: composed.kind,
          title: composed.name,
          start: formatPlanClock(start),
          end: formatPlanClock(start + composed.minutes),
          activities: composed.activities,
          config: {},
        },
      ],
    },
  };
}

/** One method as the library lists it: what the facilitator reads before choosing it. */
export interface MethodEntry {
  id: MethodId;
  name: string;
  summary: string;
  kind: SegmentKind;
  minutes: number;
  steps: Array<{ title: string; minutes: number; prompt: string }>;
  boards: Array<{ kind: BoardKind; title: string; columns: string[] }>;
}

/** The whole library in `locale`, in its order. */
export function methodLibrary(locale: MethodLocale): MethodEntry[] {
  return METHOD_IDS.map((id) => {
    const method = METHODS[id];
    const text = METHOD_TEXTS[locale][id];
    return {
      id,
      name: text.name,
      summary: text.summary,
      kind: method.kind,
      minutes: methodMinutes(id),
      steps: method.steps.map((s) => ({
        title: text.steps[s.key]!.title,
        minutes: s.minutes,
        prompt: text.steps[s.key]!.prompt,
      })),
      boards: method.boards.map((b) => ({
        kind: b.kind,
        title: text.boards[b.key]!.title,
        columns: text.boards[b.key]!.columns,
      })),
    };
  });
}
