/** REST request bodies. */
import { z } from 'zod';

export const CreateWorkshopBody = z.discriminatedUnion('template', [
  z.object({ template: z.literal('ilo-coop-2018'), title: z.string().trim().min(1).max(200).optional() }),
  z.object({ template: z.literal('blank'), title: z.string().trim().min(1).max(200) }),
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
