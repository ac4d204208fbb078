/** Who wrote a note or asked a question, as the screens print it under the text. */
import { isAnonymousNote } from '../../../shared/anonymity.ts';
import type { Note } from '../../../shared/model.ts';
import type { Translate } from '../i18n/t.ts';

/** "Name, Organisation"; the organisation alone where the screen is kept from names (follow screens, by the facilitator's choice); "Anonymous" on an anonymous board. */
export function byLine(t: Translate, who: { authorId: string; authorName: string; organisation: string }): string {
  if (isAnonymousNote(who)) return t('feed.anonymous');
  return who.authorName ? t('feed.by', { name: who.authorName, organisation: who.organisation }) : who.organisation;
}

/** A note's author on a board: "Name · Organisation", "Facilitator" for the key holder's own, "Anonymous" on an anonymous board. */
export function noteAuthor(t: Translate, note: Pick<Note, 'authorId' | 'authorName' | 'organisation'>): string {
  if (isAnonymousNote(note)) return t('feed.anonymous');
  return [note.authorName || t('board.byFacilitator'), note.organisation].filter(Boolean).join(' · ');
}
