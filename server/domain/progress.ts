/**
 * "I'm done": a participant ticks (or unticks) the live step while it has something to finish.
 * Who ticked stays in private state; the document carries the count per step only.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { hasEntry } from '../../shared/ids.ts';
import type { ParticipantId } from '../../shared/model.ts';
import { collectsDone } from '../../shared/progress.ts';
import { stepKey } from '../../shared/speakers-queue.ts';
import type { Decision, DoneTick, Participant, WorkshopState } from './state.ts';

const tickKey = (step: string, pid: ParticipantId) => `${step}:${pid}`;

/** The state with the tick of `key` set (or removed) and its step's count moved with it. */
function withTick(s: WorkshopState, step: string, key: string, tick: DoneTick | null): WorkshopState {
  const { [key]: _old, ...others } = s.priv.doneTicks;
  const doneTicks = tick ? { ...others, [key]: tick } : others;
  const done = (s.pub.progress[step]?.done ?? 0) + (tick ? 1 : -1);
  return {
    pub: { ...s.pub, progress: { ...s.pub.progress, [step]: { step, done } } },
    priv: { ...s.priv, doneTicks },
  };
}

/** Ticks or unticks "I'm done" for the live step; asking for what already is changes nothing. */
export function tickDone(
  s: WorkshopState,
  p: Participant,
  done: boolean,
  now: number,
): Result<Decision<{ done: boolean }>> {
  const step = stepKey(s.pub.room.live);
  if (step === null) return fail('day_not_started');
  const key = tickKey(step, p.id);
  if (hasEntry(s.priv.doneTicks, key) === done) return ok({ state: s, value: { done } });
  // Taking a tick back is always allowed; giving one needs writing, a vote or a review to finish.
  if (done && !collectsDone(s.pub)) return fail('conflict', 'this step has nothing to finish');
  const tick = done ? { step, participantId: p.id, at: now } : null;
  return ok({ state: withTick(s, step, key, tick), value: { done } });
}

/** The steps `pid` has ticked done in: told to them alone, on connect. */
export function doneStepsOf(s: WorkshopState, pid: ParticipantId): string[] {
  return Object.values(s.priv.doneTicks).flatMap((t) => (t.participantId === pid ? [t.step] : []));
}

/** The state without `pid`'s ticks (they were removed): the counts no longer hold them. */
export function withoutTicks(s: WorkshopState, pid: ParticipantId): WorkshopState {
  return Object.values(s.priv.doneTicks)
    .filter((t) => t.participantId === pid)
    .reduce((acc, t) => withTick(acc, t.step, tickKey(t.step, pid), null), s);
}
