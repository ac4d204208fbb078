/** The workshop's own details: its title, date, time zone and venue, as the agenda and the printout show them. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { WorkshopMeta } from '../../shared/model.ts';
import type { WorkshopDescribeInput } from '../../shared/schemas/design-commands.ts';
import type { Decision, WorkshopState } from './state.ts';

/**
 * Changes the details. The date and the time zone place every planned time, so once the day has
 * begun they stay (a late start is a re-plan, not a new date): `conflict`.
 */
export function describeWorkshop(s: WorkshopState, input: WorkshopDescribeInput): Result<Decision<WorkshopMeta>> {
  const meta = s.pub.room.meta;
  const moves =
    (input.date !== undefined && input.date !== meta.date) ||
    (input.timezone !== undefined && input.timezone !== meta.timezone);
  if (moves && s.pub.room.live.segmentId !== null)
    return fail('conflict', 'the date and time zone stay once the day has begun');
  const next: WorkshopMeta = { ...meta, ...input };
  return ok({ state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, meta: next } } }, value: next });
}
