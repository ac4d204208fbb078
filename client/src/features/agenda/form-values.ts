/**
 * Values read back from the agenda forms, pure so the builder and the live editor read them the
 * same way and the tests read them without a browser.
 */
import type { StepConfig } from '../../../../shared/model.ts';
import { clockMinutes, DAY_CLOCK_MAX, formatPlanClock } from '../../../../shared/time.ts';

export const STEP_MODES = ['', 'open', 'private', 'locked'] as const;
export const STEP_VIEWS = ['board', 'qa', 'actions'] as const;

/** What of a form is read: the browser's FormData, or any map of names to values. */
export interface FormValues {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

/** The step configuration the form now holds (fields named `prefix` + `mode`, `vote`…); the server validates it with the rest of the agenda. */
export function readConfig(form: FormValues, before: StepConfig, prefix = ''): StepConfig {
  const mode = String(form.get(`${prefix}mode`) ?? '');
  const budget = Number(form.get(`${prefix}vote`) ?? 0);
  const timer = String(form.get(`${prefix}timer`) ?? '').trim();
  const view = STEP_VIEWS.find((v) => v === form.get(`${prefix}view`)) ?? 'board';
  return {
    boardIds: form.getAll(`${prefix}boards`).map(String),
    mode: mode === 'open' || mode === 'private' || mode === 'locked' ? mode : null,
    vote: budget > 0 ? { budget, allowStacking: before.vote?.allowStacking ?? false } : null,
    timerMinutes: timer === '' ? null : Number(timer),
    remoteWriting: form.get(`${prefix}remote`) === 'on',
    view,
  };
}

/**
 * A time typed in a form, on the plan's clock: a segment a re-plan moved past midnight (stored
 * as 24:00 and later) stays on the next morning when retimed.
 */
export function planClock(typed: string, before: string): string {
  const next = clockMinutes(before) >= 24 * 60 && clockMinutes(typed) + 24 * 60 <= DAY_CLOCK_MAX;
  return next ? formatPlanClock(clockMinutes(typed) + 24 * 60) : typed;
}
