/** REST request bodies. */
import { z } from 'zod';
import { METHOD_IDS, METHOD_LOCALES } from '../methods/library.ts';
import { TimeZone } from './design-commands.ts';

export const CreateWorkshopBody = z.discriminatedUnion('template', [
  z.object({ template: z.literal('ilo-coop-2018'), title: z.string().trim().min(1).max(200).optional() }),
  z.object({ template: z.literal('blank'), title: z.string().trim().min(1).max(200) }),
  /** A workshop of one block, a library method in `locale`, dated today in `timezone` (the creator's). */
  z.object({
    template: z.literal('method'),
    methodId: z.enum(METHOD_IDS),
    locale: z.enum(METHOD_LOCALES),
    timezone: TimeZone.default('UTC'),
    title: z.string().trim().min(1).max(200).optional(),
  }),
]);
export type CreateWorkshopBody = z.infer<typeof CreateWorkshopBody>;

export interface WorkshopLinks {
  facilitate: string;
  join: string;
  screen: string;
  follow: string;
}

export interface CreatedWorkshop {
  code: string;
  facilitatorKey: string;
  links: WorkshopLinks;
}
