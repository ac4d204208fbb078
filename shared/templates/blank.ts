/** An empty workshop: one open segment and one notes board, for any other meeting. */
import type { WorkshopTemplateInput } from '../schemas/template.ts';

export const blank: WorkshopTemplateInput = {
  id: 'blank',
  title: 'Untitled workshop',
  date: '2026-01-01',
  timezone: 'UTC',
  venue: '',
  boards: [{ id: 'notes', kind: 'notes', title: 'Notes', prompt: '', columns: ['Notes'] }],
  agenda: {
    segments: [
      {
        id: 'session',
        kind: 'discussion',
        title: 'Session',
        start: '09:00',
        end: '10:00',
        config: { boardIds: ['notes'], mode: 'open' },
      },
    ],
  },
};
