/** Under the table rule: the participant says where they sit, and the server moves them to that table's group. */
import { useState, type FormEvent } from 'react';
import { BREAKOUT_LIMITS } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';

export function TablePicker() {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [table, setTable] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = table.trim();
    if (trimmed) void run((i) => breakoutIntents(i).table(trimmed));
  };
  return (
    <form className="table-picker" onSubmit={submit}>
      <label htmlFor="my-table">{t('breakouts.myTable')}</label>
      <input
        id="my-table"
        value={table}
        maxLength={BREAKOUT_LIMITS.tableMax}
        onChange={(e) => setTable(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" disabled={busy || !table.trim()}>
        {t('breakouts.setTable')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
