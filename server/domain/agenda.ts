/** Validating an edited agenda: the shared schema plus the rules that need the room around it. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { Agenda } from '../../shared/schemas/agenda.ts';
import type { LiveStep } from '../../shared/model.ts';
import { segmentMinutes } from '../../shared/schedule.ts';
import type { Decision, WorkshopState } from './state.ts';

/**
 * Parses `candidate` and checks that each segment's activities fit inside it, that every board
 * a step uses exists, and that the step the room is in has not been removed.
 */
export function validateAgenda(candidate: unknown, boardIds: readonly string[], live: LiveStep): Result<Agenda> {
  const parsed = Agenda.safeParse(candidate);
  if (!parsed.success)
    return fail(
      'invalid_agenda',
      parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')
        .slice(0, 300),
    );
  const agenda = parsed.data;
  for (const s of agenda.segments) {
    const used = s.activities.reduce((n, a) => n + a.minutes, 0);
    if (used > segmentMinutes(s) + 1e-9)
      return fail(
        'invalid_agenda',
        `the activities of ${s.id} take ${used} min, more than its ${segmentMinutes(s)} min`,
      );
    for (const c of [s.config, ...s.activities.map((a) => a.config)]) {
      const unknown = c.boardIds.find((b) => !boardIds.includes(b));
      if (unknown) return fail('invalid_agenda', `no board ${unknown}`);
    }
  }
  if (live.segmentId !== null) {
    const seg = agenda.segments.find((s) => s.id === live.segmentId);
    if (!seg || (live.activityId !== null && !seg.activities.some((a) => a.id === live.activityId)))
      return fail('conflict', 'the step the room is in cannot be removed');
  }
  return ok(agenda);
}

/** Replaces the agenda with `candidate` once it validates against the room. */
export function replaceAgenda(s: WorkshopState, candidate: unknown): Result<Decision<Agenda>> {
  const checked = validateAgenda(candidate, Object.keys(s.pub.boards), s.pub.room.live);
  if (!checked.ok) return checked;
  return ok({
    state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, agenda: checked.value } } },
    value: checked.value,
  });
}
