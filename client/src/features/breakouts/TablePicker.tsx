/** Under the table rule: the participant says where they sit, and the server moves them to that table's group. */
import { BREAKOUT_LIMITS } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { breakoutIntents } from './intents.ts';
import { TextCommand } from './TextCommand.tsx';

export function TablePicker() {
  const t = useT();
  return (
    <TextCommand
      id="my-table"
      className="table-picker"
      label={t('breakouts.myTable')}
      button={t('breakouts.setTable')}
      maxLength={BREAKOUT_LIMITS.tableMax}
      send={(table) => (i) => breakoutIntents(i).table(table)}
    />
  );
}
