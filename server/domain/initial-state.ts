/** A new workshop's state, built from a template. */
import { emptyCollections, type PublicState } from '../../shared/model.ts';
import type { WorkshopTemplate } from '../../shared/schemas/template.ts';
import { withBoards } from './board-design.ts';
import { DEFAULT_DISPLAY } from './display.ts';
import { emptyPrivate, type WorkshopState } from './state.ts';

/** Builds the state of a fresh workshop: agenda and boards from the template, nothing live yet. */
export function initialState(template: WorkshopTemplate, code: string, title: string): WorkshopState {
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
    ...emptyCollections(),
  };
  return { pub: withBoards(pub, template.boards), priv: emptyPrivate() };
}
