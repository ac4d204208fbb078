/**
 * Entering an agenda step (a segment, or one activity of a segment) applies its configuration
 * to the room: the active boards and their mode, the vote, the timer, and the actual times.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Actual, BoardId, LiveStep, StepConfig, Timer } from '../../shared/model.ts';
import { agendaSteps, dayFinished, segmentMinutes, type StepRef } from '../../shared/schedule.ts';
import { setBoardMode } from './boards.ts';
import { groupStep } from './breakouts.ts';
import type { Decision, WorkshopState } from './state.ts';
import { decideTimer, resetTimer, startTimer } from './timer.ts';
import { closeVote, openVote } from './votes.ts';
import { ownEntry } from '../../shared/ids.ts';

export interface StepTarget {
  segmentId: string;
  activityId: string | null;
}

const MINUTE = 60_000;

/** The step a target names; a segment with activities is entered at its first activity. */
export function resolveStep(s: WorkshopState, target: StepTarget): StepRef | null {
  const segment = s.pub.room.agenda.segments.find((x) => x.id === target.segmentId);
  if (!segment) return null;
  if (target.activityId === null) return { segment, activity: segment.activities[0] ?? null };
  const activity = segment.activities.find((a) => a.id === target.activityId);
  return activity ? { segment, activity } : null;
}

/** Where the room is now in the step order, -1 before the day starts. */
export function liveIndex(s: WorkshopState): number {
  const { segmentId, activityId } = s.pub.room.live;
  return agendaSteps(s.pub.room.agenda).findIndex(
    (x) => x.segment.id === segmentId && (x.activity?.id ?? null) === activityId,
  );
}

export const configOf = (step: StepRef): StepConfig => step.activity?.config ?? step.segment.config;

/** The countdown a step starts with: its configured timer, else its planned length. */
export function stepLengthMs(step: StepRef): number {
  const minutes = configOf(step).timerMinutes ?? step.activity?.minutes ?? segmentMinutes(step.segment);
  return Math.round(minutes * MINUTE);
}

/** The countdown a fresh start or a reset uses: the live step's length, or the timer's own before the day starts. */
function presetMs(s: WorkshopState): number {
  const step = agendaSteps(s.pub.room.agenda)[liveIndex(s)];
  return step ? stepLengthMs(step) : s.pub.room.timer.durationMs;
}

/** Starts the countdown: `durationMs`, else what an idle timer has left, else the live step's length. */
export function startCountdown(s: WorkshopState, durationMs: number | undefined, now: number): Result<Decision<Timer>> {
  return decideTimer(s, (t) =>
    ok(startTimer(t, durationMs ?? (t.status === 'idle' && t.remainingMs > 0 ? t.remainingMs : presetMs(s)), now)),
  );
}

/** Stops the countdown and sets it back to the live step's length. */
export function resetCountdown(s: WorkshopState): Result<Decision<Timer>> {
  return decideTimer(s, (t) => ok(resetTimer(t, presetMs(s))));
}

/** Enters `target`: the previous step's vote closes, boards follow the new config, the timer starts. */
export function enterStep(s: WorkshopState, target: StepTarget, now: number): Result<Decision<LiveStep>> {
  const step = resolveStep(s, target);
  if (!step) return fail('not_found', 'no such segment or activity');
  const steps = agendaSteps(s.pub.room.agenda);
  const fromIndex = liveIndex(s);
  const toIndex = steps.findIndex((x) => x.segment === step.segment && x.activity === step.activity);
  const prev = steps[fromIndex] ?? null;
  const grouped = groupStep(s, step.activity?.id ?? step.segment.id, configOf(step), now);
  if (!grouped.ok) return grouped;
  const config = grouped.value.config;
  let next = applyVotes(grouped.value.state, prev ? configOf(prev) : null, config, now);
  next = applyBoards(next, config);
  const live: LiveStep = { segmentId: step.segment.id, activityId: step.activity?.id ?? null, enteredAt: now };
  const actuals = recordActuals(next.pub.actuals, steps, fromIndex, toIndex, now);
  const timer = startTimer(next.pub.room.timer, stepLengthMs(step), now);
  // Entering any step reopens a finished day.
  const room = { ...next.pub.room, live, activeBoardIds: config.boardIds, focus: null, timer, finishedAt: null };
  return ok({ state: { ...next, pub: { ...next.pub, room, actuals } }, value: live });
}

/**
 * Finishes the day: the live step ends (its actual end is recorded), open votes on the active
 * boards close, those boards lock, focus clears and the timer stops. `live` stays on the last
 * step so the timeline and the report still know where the day ended.
 */
export function finishDay(s: WorkshopState, now: number): Result<Decision<{ finishedAt: number }>> {
  const step = agendaSteps(s.pub.room.agenda)[liveIndex(s)];
  if (!step) return fail('conflict', 'the day has not started');
  if (dayFinished(s.pub.room)) return fail('conflict', 'the day is already finished');
  let next = s;
  for (const b of s.pub.room.activeBoardIds) next = setBoardMode(closeVote(next, b, now), b, 'locked');
  const actuals = endActuals({ ...next.pub.actuals }, step, new Set(), now);
  const timer = resetTimer(next.pub.room.timer, next.pub.room.timer.durationMs);
  const room = { ...next.pub.room, focus: null, timer, finishedAt: now };
  return ok({ state: { ...next, pub: { ...next.pub, room, actuals } }, value: { finishedAt: now } });
}

/** A timer change while the day runs: a finished day has no countdown until a step is entered again (which reopens it). */
export function whileDayRuns<T>(s: WorkshopState, decide: () => Result<Decision<T>>): Result<Decision<T>> {
  return dayFinished(s.pub.room) ? fail('conflict', 'the day is finished: enter a step to reopen it') : decide();
}

/** Moves one step forward (`+1`) or back (`-1`); before the day starts, next enters the first step. */
export function stepBy(s: WorkshopState, delta: 1 | -1, now: number): Result<Decision<LiveStep>> {
  const steps = agendaSteps(s.pub.room.agenda);
  const from = liveIndex(s);
  const target = steps[from === -1 ? 0 : from + delta];
  if (!target || (from === -1 && delta === -1))
    return fail('conflict', delta === 1 ? 'this is the last step' : 'this is the first step');
  return enterStep(s, { segmentId: target.segment.id, activityId: target.activity?.id ?? null }, now);
}

/** Closes the previous step's vote where the new step does not continue it, and opens the new step's. */
function applyVotes(s: WorkshopState, prev: StepConfig | null, config: StepConfig, now: number): WorkshopState {
  let next = s;
  const continues = (b: BoardId) =>
    config.vote !== null && config.boardIds.includes(b) && ownEntry(next.pub.votes, b)?.status === 'open';
  if (prev?.vote) for (const b of s.pub.room.activeBoardIds) if (!continues(b)) next = closeVote(next, b, now);
  if (config.vote)
    for (const b of config.boardIds) if (!(prev?.vote && continues(b))) next = openVote(next, b, config.vote, now);
  return next;
}

/** Boards leaving the room lock; the new step's boards take its mode and remote writing. */
function applyBoards(s: WorkshopState, config: StepConfig): WorkshopState {
  let next = s;
  for (const b of s.pub.room.activeBoardIds) if (!config.boardIds.includes(b)) next = setBoardMode(next, b, 'locked');
  if (config.mode) for (const b of config.boardIds) next = setBoardMode(next, b, config.mode, config.remoteWriting);
  return next;
}

/**
 * Actual times move forward with the room: the step left ends now and the step entered starts
 * now (or resumes, if it was already started). Going back forgets every step after the target,
 * since the room will go through them again.
 */
function recordActuals(
  actuals: Record<string, Actual>,
  steps: StepRef[],
  from: number,
  to: number,
  now: number,
): Record<string, Actual> {
  const out = { ...actuals };
  const entering = new Set(idsOf(steps[to]));
  if (to < from) for (const x of steps.slice(to + 1)) for (const id of idsOf(x)) if (!entering.has(id)) delete out[id];
  endActuals(out, steps[from], entering, now);
  for (const id of entering) {
    const a = ownEntry(out, id);
    if (!a) out[id] = { startedAt: now, endedAt: null };
    else if (a.endedAt !== null) out[id] = { ...a, endedAt: null };
  }
  return out;
}

const idsOf = (x: StepRef | undefined) => (x ? [x.segment.id, ...(x.activity ? [x.activity.id] : [])] : []);

/** Ends, in `out`, the open actuals of the step left, except the ids the room stays in. */
function endActuals(
  out: Record<string, Actual>,
  left: StepRef | undefined,
  staying: ReadonlySet<string>,
  now: number,
): Record<string, Actual> {
  for (const id of idsOf(left)) {
    const a = ownEntry(out, id);
    if (a && !staying.has(id) && a.endedAt === null) out[id] = { ...a, endedAt: now };
  }
  return out;
}
