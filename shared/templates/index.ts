/** The templates a workshop can be created from, parsed once so defaults are filled in. */
import { WorkshopTemplate } from '../schemas/template.ts';
import { blank } from './blank.ts';
import { iloCoop2018 } from './ilo-coop-2018.ts';

export const TEMPLATE_IDS = ['ilo-coop-2018', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const sources = { 'ilo-coop-2018': iloCoop2018, blank } as const;

/** Returns a validated copy of the template with every default applied. */
export function loadTemplate(id: TemplateId): WorkshopTemplate {
  return WorkshopTemplate.parse(sources[id]);
}
