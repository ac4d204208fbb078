/**
 * A workshop's design as a file: the agenda and the boards, without the people or anything they
 * wrote. Versioned and published (`docs/workshop-design.schema.json`, made from this schema), so
 * a design exported today imports tomorrow, and export → import → export gives the same bytes.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { Agenda } from './schemas/agenda.ts';
import { BoardSpec, WorkshopTemplate } from './schemas/template.ts';
import type { PublicState } from './model.ts';

export const DESIGN_SCHEMA = 'plenary.workshop-design';
export const DESIGN_VERSION = 1;
/** A design file larger than this is refused before it is read (the ILO day is about 12 KB). */
export const DESIGN_MAX_BYTES = 256 * 1024;

/** Version 1 of the file: what a template holds, under a schema name and version. */
export const WorkshopDesign = z
  .object({
    schema: z.literal(DESIGN_SCHEMA),
    version: z.literal(DESIGN_VERSION),
    title: z.string().trim().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    timezone: z.string().min(1).max(64),
    venue: z.string().max(300),
    boards: z.array(BoardSpec).max(LIMITS.boardsMax),
    agenda: Agenda,
  })
  .strict();
export type WorkshopDesign = z.infer<typeof WorkshopDesign>;

/** The design of a live workshop: its agenda and its boards as they are now. */
export function designOf(pub: PublicState): WorkshopDesign {
  const { meta, agenda } = pub.room;
  return WorkshopDesign.parse({
    schema: DESIGN_SCHEMA,
    version: DESIGN_VERSION,
    title: meta.title,
    date: meta.date,
    timezone: meta.timezone,
    venue: meta.venue,
    boards: Object.values(pub.boards).map(({ id, kind, title, prompt, columns }) => ({
      id,
      kind,
      title,
      prompt,
      columns,
    })),
    agenda,
  });
}

/** The file's text: keys in the schema's order (zod's output order), two-space indent, a final newline. */
export function serializeDesign(design: WorkshopDesign): string {
  return `${JSON.stringify(WorkshopDesign.parse(design), null, 2)}\n`;
}

/** A design as the template a workshop is created from (the checks a template adds included). */
export function templateOfDesign(design: WorkshopDesign, id = 'imported'): z.infer<typeof WorkshopTemplate> {
  const { schema: _schema, version: _version, ...rest } = design;
  return WorkshopTemplate.parse({ id, ...rest });
}

/** The published JSON Schema of the file (`docs/workshop-design.schema.json` is this, written out). */
export function designJsonSchema(): object {
  return {
    $id: `https://plenary.example/schemas/${DESIGN_SCHEMA}.v${DESIGN_VERSION}.json`,
    title: 'Plenary workshop design',
    ...z.toJSONSchema(WorkshopDesign, { io: 'input' }),
  };
}
