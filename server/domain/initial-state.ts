/** A new workshop's state, built from a template. */
import type { Board, PublicState } from '../../shared/model.ts';
import type { WorkshopTemplate } from '../../shared/schemas/template.ts';
import { DEFAULT_DISPLAY } from './display.ts';
import { emptyPrivate, type WorkshopState } from './state.ts';

/** Builds the state of a fresh workshop: agenda and boards from the template, nothing live yet. */
export function initialState(template: WorkshopTemplate, code: string, title: string): WorkshopState {
  const boards: Record<string, Board> = {};
  for (const spec of template.boards) {
    boards[spec.id] = { ...spec, mode: 'locked', remoteWriting: true, hiddenCount: 0 };
  }
  const pub: PublicState = {
    room: {
      meta: {
        code,
        title,
        date: template.date,
        timezone: template.timezone,
        venue: template.venue,
        template: template.id,
      },
      agenda: template.agenda,
      live: { segmentId: null, activityId: null, enteredAt: null },
      timer: { status: 'idle', durationMs: 0, endsAt: null, remainingMs: 0, version: 0, endedAt: null },
      focus: null,
      activeBoardIds: [],
      finishedAt: null,
      originalPlan: null,
      display: DEFAULT_DISPLAY,
    },
    boards,
    notes: {},
    groups: {},
    votes: {},
    actuals: {},
    roleMatrices: Object.fromEntries(
      template.boards.filter((b) => b.kind === 'roles').map((b) => [b.id, { boardId: b.id, organisations: [] }]),
    ),
    commitments: {},
    expectationReviews: Object.fromEntries(
      template.boards
        .filter((b) => b.kind === 'expectations')
        .map((b) => [b.id, { boardId: b.id, status: 'idle' as const, layout: 'one' as const, currentNoteId: null }]),
    ),
    expectationResults: {},
    questions: {},
  };
  return { pub, priv: emptyPrivate() };
}
