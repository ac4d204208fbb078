/** Inbound payloads of the commands that design the day: its details, its boards, methods from the library. */
import { z } from 'zod';
import { METHOD_IDS, METHOD_LOCALES } from '../methods/library.ts';
import { Id, LIMITS } from './agenda.ts';
import { BoardSpec } from './template.ts';

const Index = z.number().int().min(0).max(LIMITS.segmentsMax);
const Columns = BoardSpec.shape.columns;

/** An IANA time zone this runtime knows (`Europe/Zurich`, `America/Bogota`, `UTC`). */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone, e.g. Europe/Zurich');

/** A calendar date that exists (`2026-02-30` does not). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'a date that exists');

export const WorkshopDescribeInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    date: CalendarDate,
    timezone: TimeZone,
    venue: z.string().trim().max(300),
  })
  .partial()
  .refine((x) => Object.values(x).some((v) => v !== undefined), 'one detail to change');
export type WorkshopDescribeInput = z.infer<typeof WorkshopDescribeInput>;

export const BoardCreateInput = BoardSpec;
export type BoardCreateInput = z.infer<typeof BoardCreateInput>;

export const BoardEditInput = z
  .object({
    boardId: Id,
    title: BoardSpec.shape.title.optional(),
    prompt: BoardSpec.shape.prompt.optional(),
    columns: Columns.optional(),
  })
  .refine((x) => x.title !== undefined || x.prompt !== undefined || x.columns !== undefined, 'one field to change');
export type BoardEditInput = z.infer<typeof BoardEditInput>;

export const BoardRemoveInput = z.object({ boardId: Id });

/**
 * A method from the library, in the words of `locale`: into segment `segmentId` as activities at
 * `index`, or (`segmentId` null) as a block of its own at position `index` of the day.
 */
export const MethodAddInput = z.object({
  methodId: z.enum(METHOD_IDS),
  locale: z.enum(METHOD_LOCALES),
  segmentId: Id.nullable(),
  index: Index,
});
export type MethodAddInput = z.infer<typeof MethodAddInput>;
