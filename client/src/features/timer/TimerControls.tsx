/** The facilitator's timer buttons: start/pause/resume, ±1 and ±5 minutes, any length, reset. */
import { useMemo, useState, type FormEvent } from 'react';
import { fail } from '../../../../shared/errors.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError, useRefusal } from '../../ui/CommandError.tsx';
import { useConnectionHandle } from '../../ui/connection-handle.ts';
import { useRoom } from '../../stores/workshop.ts';
import { timerIntents } from './intents.ts';
import './timer.css';

const STEPS = [-5, -1, 1, 5] as const;

export function TimerControls() {
  const t = useT();
  const connection = useConnectionHandle();
  const intents = useMemo(() => timerIntents(connection), [connection]);
  const status = useRoom()?.timer.status ?? 'idle';
  const [minutes, setMinutes] = useState('');
  const { refusal, report: run } = useRefusal();

  function submit(e: FormEvent) {
    e.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0) return void run(Promise.resolve(fail('bad_request')));
    void run(intents.start(value)).then(() => setMinutes(''));
  }

  const toggleLabel =
    status === 'running' ? t('timer.pause') : status === 'paused' ? t('timer.resume') : t('timer.start');
  return (
    <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
      <div className="timer-controls-row">
        <button type="button" className="timer-toggle" onClick={() => run(intents.toggle())} data-testid="timer-toggle">
          {toggleLabel}
        </button>
        {STEPS.map((step) => (
          <button
            key={step}
            type="button"
            className="secondary"
            onClick={() => run(intents.adjust(step))}
            aria-label={t(step > 0 ? 'timer.addMinutes' : 'timer.removeMinutes', { n: Math.abs(step) })}
          >
            {step > 0 ? `+${step}` : `−${-step}`}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => run(intents.reset())}>
          {t('timer.reset')}
        </button>
      </div>
      <form className="timer-controls-row" onSubmit={submit}>
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
      </form>
      <CommandError text={refusal && t(`error.${refusal.error}`)} />
    </div>
  );
}
