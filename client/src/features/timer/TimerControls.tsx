/**
 * The facilitator's timer: start/pause/resume, ±1 and ±5 minutes and reset (in the console's bar,
 * always in view), and a countdown of any length (in the agenda panel).
 */
import { useState, type FormEvent } from 'react';
import { fail } from '../../../../shared/errors.ts';
import { dayFinished } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom, useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import './timer.css';

const STEPS = [-5, -1, 1, 5] as const;

export function TimerButtons() {
  const t = useT();
  const status = useRoom()?.timer.status ?? 'idle';
  const { run, refusal } = useCommand();
  const toggleLabel =
    status === 'running' ? t('timer.pause') : status === 'paused' ? t('timer.resume') : t('timer.start');
  return (
    <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
      <div className="timer-controls-row">
        <button
          type="button"
          className="timer-toggle"
          onClick={() => run((c) => c.timer.toggle())}
          data-testid="timer-toggle"
        >
          {toggleLabel}
        </button>
        {STEPS.map((step) => (
          <button
            key={step}
            type="button"
            className="secondary"
            onClick={() => run((c) => c.timer.adjust(step))}
            aria-label={t(step > 0 ? 'timer.addMinutes' : 'timer.removeMinutes', { n: Math.abs(step) })}
          >
            {step > 0 ? `+${step}` : `−${-step}`}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => run((c) => c.timer.reset())}>
          {t('timer.reset')}
        </button>
      </div>
      <CommandError refusal={refusal} />
    </div>
  );
}

/** A countdown of any length; none once the day is finished (reopening it comes first). */
export function TimerLength() {
  const t = useT();
  const finished = useWorkshop((s) => (s.state ? dayFinished(s.state.room) : false));
  const [minutes, setMinutes] = useState('');
  const { run, refusal } = useCommand();
  if (finished) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0) return void run(async () => fail('bad_request'));
    void run((c) => c.timer.start(value)).then(() => setMinutes(''));
  }

  return (
    <form className="timer-controls-row timer-length" onSubmit={submit}>
      <label>
        {t('timer.minutes')}{' '}
        <input
          inputMode="decimal"
          size={4}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid="timer-minutes"
        />
      </label>
      <button type="submit" className="secondary">
        {t('timer.set')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
