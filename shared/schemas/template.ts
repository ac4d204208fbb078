/** A workshop template: the agenda and the boards a workshop starts with. */
import { z } from 'zod';
import { Agenda, Id, LIMITS } from './agenda.ts';
import type { Agenda as AgendaType } from './agenda.ts';

export const BoardSpec = z.object({
  id: Id,
  kind: z.enum(['notes', 'roles', 'expectations', 'questions']),
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  prompt: z.string().trim().max(LIMITS.textMax).default(''),
  columns: z.array(z.string().trim().min(1).max(LIMITS.titleMax)).min(1).max(12),
});
export type BoardSpec = z.infer<typeof BoardSpec>;

/** The languages besides English a template may carry its content in. */
export const CONTENT_LOCALES = ['fr', 'es', 'pt'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** Per language, the template's English texts (titles, prompts, columns…) and what each reads in that language. */
export const TemplateTranslations = z.partialRecord(
  z.enum(CONTENT_LOCALES),
  z.record(z.string().min(1).max(LIMITS.textMax), z.string().trim().min(1).max(LIMITS.textMax)),
);
export type TemplateTranslations = z.infer<typeof TemplateTranslations>;
export type TemplateTranslationsInput = z.input<typeof TemplateTranslations>;

export const WorkshopTemplate = z
  .object({
    id: Id,
    title: z.string().trim().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    timezone: z.string().min(1).max(64),
    venue: z.string().max(300),
    agenda: Agenda,
    boards: z.array(BoardSpec).max(LIMITS.boardsMax),
    translations: TemplateTranslations.default({}),
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
  )
  .refine(
    (t) => {
      const own = new Set(contentTexts(t));
      return Object.values(t.translations).every((map) => Object.keys(map ?? {}).every((en) => own.has(en)));
    },
    { message: 'every translated text is one of the template’s own', path: ['translations'] },
  );
export type WorkshopTemplate = z.infer<typeof WorkshopTemplate>;
export type WorkshopTemplateInput = z.input<typeof WorkshopTemplate>;

/**
 * The template's texts that are content a room reads and a translation may carry: the title,
 * each board's title, prompt and columns, each segment's title, format and discussion points,
 * each activity's title and prompt. Speakers and their topics stay as announced.
 */
export function contentTexts(t: { title: string; boards: readonly BoardSpec[]; agenda: AgendaType }): string[] {
  const texts = [
    t.title,
    ...t.boards.flatMap((b) => [b.title, b.prompt, ...b.columns]),
    ...t.agenda.segments.flatMap((s) => [
      s.title,
      s.format,
      ...s.discussionPoints,
      ...s.activities.flatMap((a) => [a.title, a.prompt]),
    ]),
  ];
  return [...new Set(texts.filter((x) => x.trim() !== ''))];
}
