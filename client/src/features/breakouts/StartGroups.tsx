/**
 * "Start groups" on a step with boards: the step's plan (from the agenda) filled in, editable;
 * one breakout:start with the step's boards that groups work on. Open at once when the step is planned in groups.
 */
import { useState, type FormEvent } from 'react';
import { BREAKOUT_LIMITS, type BreakoutPlan, type BreakoutRule } from '../../../../shared/breakouts.ts';
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';

const RULES: BreakoutRule[] = ['balanced', 'random', 'table', 'hand'];
const DEFAULT_PLAN: BreakoutPlan = { count: 4, size: null, rule: 'balanced', remote: 'own' };

/** A number field's value: empty (or not a whole number) is none. */
const whole = (v: string): number | null => (/^\d+$/.test(v.trim()) ? Number(v) : null);

export function StartGroups({ boardIds, planned }: { boardIds: BoardId[]; planned: BreakoutPlan | null }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const start = planned ?? DEFAULT_PLAN;
  const [count, setCount] = useState(start.count === null ? '' : String(start.count));
  const [size, setSize] = useState(start.size === null ? '' : String(start.size));
  const [rule, setRule] = useState<BreakoutRule>(start.rule);
  const [remote, setRemote] = useState<BreakoutPlan['remote']>(start.remote);
  const plan: BreakoutPlan = { count: whole(count), size: whole(count) === null ? whole(size) : null, rule, remote };
  const ready = plan.count !== null || plan.size !== null || rule === 'table';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) void run((i) => breakoutIntents(i).start(boardIds, plan));
  };
  return (
    <details className="start-groups" open={planned !== null}>
      <summary>{t('breakouts.inGroups')}</summary>
      <form aria-label={t('breakouts.start')} onSubmit={submit} className="start-groups-form">
        <NumberField label={t('breakouts.count')} max={BREAKOUT_LIMITS.groupsMax} value={count} onChange={setCount} />
        <NumberField
          label={t('breakouts.size')}
          min={2}
          max={BREAKOUT_LIMITS.sizeMax}
          value={size}
          disabled={plan.count !== null}
          onChange={setSize}
        />
        <label>
          {t('breakouts.rule')}
          <select value={rule} onChange={(e) => setRule(e.target.value as BreakoutRule)}>
            {RULES.map((r) => (
              <option key={r} value={r}>
                {t(`breakouts.rule.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('breakouts.remote')}
          <select value={remote} onChange={(e) => setRemote(e.target.value as BreakoutPlan['remote'])}>
            <option value="own">{t('breakouts.remote.own')}</option>
            <option value="mixed">{t('breakouts.remote.mixed')}</option>
          </select>
        </label>
        <button type="submit" disabled={busy || !ready}>
          {t('breakouts.start')}
        </button>
        <CommandError refusal={refusal} />
      </form>
    </details>
  );
}

interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  min?: number;
  max: number;
  disabled?: boolean;
}

function NumberField({ label, value, onChange, min = 1, max, disabled = false }: NumberFieldProps) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
