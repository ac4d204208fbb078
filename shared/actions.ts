/**
 * The day's outcome as one action list: who (organisation and contact person), does what, by
 * when. Commitments from the roles matrix and the closing review's carry-forward actions, in
 * the order the facilitator chose; shared so the room screen, the console and the report agree.
 */
import type { PublicState, RoomDisplay } from './model.ts';

export interface ActionItem {
  id: string;
  organisation: string;
  /** The contact person's name; empty when none was given. */
  contact: string;
  text: string;
  /** ISO `YYYY-MM-DD`, or null when no date was set. */
  due: string | null;
  /** A commitment (proposed or confirmed) or an action carried forward from the expectations review. */
  source: 'proposed' | 'confirmed' | 'review';
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
const byDate = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** Every action of the day, by date (undated last) or by organisation, ties broken by the other. */
export function actionItems(
  pub: Pick<PublicState, 'commitments' | 'expectationResults'>,
  order: RoomDisplay['actionOrder'],
): ActionItem[] {
  const items: ActionItem[] = [
    ...Object.values(pub.commitments).map((c) => ({
      id: c.id,
      organisation: c.organisation,
      contact: c.contact,
      text: c.text,
      due: c.followUp,
      source: c.status,
    })),
    ...Object.values(pub.expectationResults).flatMap((r) =>
      r.action
        ? [
            {
              id: `review-${r.noteId}`,
              organisation: r.action.organisation,
              contact: '',
              text: r.action.text,
              due: r.action.due,
              source: 'review' as const,
            },
          ]
        : [],
    ),
  ];
  return items.sort((a, b) =>
    order === 'date'
      ? byDate(a.due, b.due) || byName(a.organisation, b.organisation) || a.id.localeCompare(b.id)
      : byName(a.organisation, b.organisation) || byDate(a.due, b.due) || a.id.localeCompare(b.id),
  );
}
