/**
 * The room's countdown, as pure rules over the Timer in the shared document. Time comes in
 * as `now`; the server's scheduler calls expireTimer at `endsAt` so the end is marked once.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Timer } from '../../shared/model.ts';
import { remainingAt } from '../../shared/timer.ts';
import type { Decision, WorkshopState } from './state.ts';

/** Longest countdown or adjustment: a day. */
export const TIMER_MAX_MS = 24 * 60 * 60_000;

const bump = (t: Timer, next: Omit<Timer, 'version'>): Timer => ({ ...next, version: t.version + 1 });

/** Starts a fresh countdown of `durationMs` from now. */
export function startTimer(t: Timer, durationMs: number, now: number): Timer {
  return bump(t, {
    status: 'running',
    durationMs,
    endsAt: now + durationMs,
    remainingMs: durationMs,
    endedAt: durationMs > 0 ? null : now,
  });
}

/** Freezes the countdown, keeping what is left (negative in overrun). */
export function pauseTimer(t: Timer, now: number): Result<Timer> {
  if (t.status !== 'running') return fail('timer_not_running');
  const left = remainingAt(t, now);
  // Paused past zero before the scheduler marked it: mark it here, or it would never be.
  const endedAt = left > 0 ? null : (t.endedAt ?? t.endsAt);
  return ok(bump(t, { ...t, status: 'paused', endsAt: null, remainingMs: left, endedAt }));
}

/** Runs a paused countdown again from what was left. */
export function resumeTimer(t: Timer, now: number): Result<Timer> {
  if (t.status !== 'paused') return fail('timer_not_paused');
  return ok(bump(t, { ...t, status: 'running', endsAt: now + t.remainingMs }));
}

/**
 * Extends (positive) or shortens (negative) the countdown. Shortening stops at zero rather
 * than inventing an overrun; an overrun is only ever shortened by nothing.
 */
export function adjustTimer(t: Timer, deltaMs: number, now: number): Timer {
  const left = remainingAt(t, now);
  const nextLeft = Math.min(TIMER_MAX_MS, Math.max(left + deltaMs, Math.min(left, 0)));
  const change = nextLeft - left;
  const endedAt = nextLeft > 0 || t.status === 'idle' ? null : (t.endedAt ?? now);
  return bump(t, {
    status: t.status,
    durationMs: Math.max(0, t.durationMs + change),
    endsAt: t.status === 'running' ? now + nextLeft : null,
    remainingMs: nextLeft,
    endedAt,
  });
}

/** Stops the countdown and sets it back to `durationMs`, not running. */
export function resetTimer(t: Timer, durationMs: number): Timer {
  return bump(t, { status: 'idle', durationMs, endsAt: null, remainingMs: durationMs, endedAt: null });
}

/** Marks a running countdown as over once `now` has reached its end; otherwise no change (same object). */
export function expireTimer(t: Timer, now: number): Timer {
  if (t.status !== 'running' || t.endsAt === null || t.endedAt !== null || now < t.endsAt) return t;
  return bump(t, { ...t, endedAt: t.endsAt });
}

/** Applies a timer rule to the room and answers with the new timer. */
export function decideTimer(s: WorkshopState, change: (t: Timer) => Result<Timer>): Result<Decision<Timer>> {
  const next = change(s.pub.room.timer);
  if (!next.ok) return next;
  if (next.value === s.pub.room.timer) return ok({ state: s, value: next.value });
  return ok({ state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, timer: next.value } } }, value: next.value });
}
