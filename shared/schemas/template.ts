/** A workshop template: the agenda and the boards a workshop starts with. */
import { z } from 'zod';
import { Agenda, Id, LIMITS } from './agenda.ts';

export const BoardSpec = z.object({
  id: Id,
  kind: z.enum(['notes', 'roles', 'expectations', 'questions']),
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  prompt: z.string().trim().max(LIMITS.textMax).default(''),
  columns: z.array(z.string().trim().min(1).max(LIMITS.titleMax)).min(1).max(12),
});
export type BoardSpec = z.infer<typeof BoardSpec>;

export const WorkshopTemplate = z
  .object({
    id: Id,
    title: z.string().trim().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    timezone: z.string().min(1).max(64),
    venue: z.string().max(300),
    agenda: Agenda,
    boards: z.array(BoardSpec).max(12),
  })
  .refine(
    (t) =>
      t.agenda.segments.every((s) =>
        [s.config, ...s.activities.map((a) => a.config)].every((c) =>
          c.boardIds.every((b) => t.boards.some((x) => x.id === b)),
        ),
      ),
    {
      message: 'every board an agenda step uses exists',
      path: ['agenda'],
    },
  );
export type WorkshopTemplate = z.infer<typeof WorkshopTemplate>;
export type WorkshopTemplateInput = z.input<typeof WorkshopTemplate>;
