/** "Name, Organisation" under a note or a question; the organisation alone where the screen is kept from names (follow screens, by the facilitator's choice). */
import type { Translate } from '../i18n/t.ts';

export function byLine(t: Translate, who: { authorName: string; organisation: string }): string {
  return who.authorName ? t('feed.by', { name: who.authorName, organisation: who.organisation }) : who.organisation;
}
