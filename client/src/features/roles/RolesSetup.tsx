/** The facilitator edits the matrix: organisations (from the participants, or typed) and kinds of contribution. */
import { useState, type FormEvent } from 'react';
import type { RoleMatrix } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function RolesSetup({ matrix, columns }: { matrix: RoleMatrix; columns: string[] }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [row, setRow] = useState('');
  const [cols, setCols] = useState(columns.join('\n'));
  const [added, setAdded] = useState<number | null>(null);
  const setRows = (organisations: string[]) => run((c) => c.roles.setRows(matrix.boardId, organisations));

  async function addRow(e: FormEvent) {
    e.preventDefault();
    const r = await setRows([...matrix.organisations, row]);
    if (r.ok) setRow('');
  }
  async function importRows() {
    const r = await run((c) => c.roles.importOrganisations(matrix.boardId));
    setAdded(r.ok ? r.value.added : null);
  }
  function saveColumns(e: FormEvent) {
    e.preventDefault();
    const columnList = cols
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
    void run((c) => c.roles.setColumns(matrix.boardId, columnList));
  }

  return (
    <details className="roles-setup" data-testid="roles-setup">
      <summary>{t('roles.setup')}</summary>
      <button type="button" disabled={busy} onClick={importRows}>
        {t('roles.import')}
      </button>
      {added !== null && <p role="status">{t('roles.imported', { count: added })}</p>}
      <ul className="roles-rows">
        {matrix.organisations.map((o) => (
          <li key={o}>
            {o}{' '}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => setRows(matrix.organisations.filter((x) => x !== o))}
              aria-label={t('roles.removeRow', { organisation: o })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addRow} className="roles-setup-row">
        <label className="field">
          {t('roles.addRow')}
          <input value={row} maxLength={60} required onChange={(e) => setRow(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('roles.add')}
        </button>
      </form>
      <form onSubmit={saveColumns} className="roles-setup-columns">
        <label className="field">
          {t('roles.columns')}
          <textarea rows={Math.max(3, columns.length)} value={cols} onChange={(e) => setCols(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('roles.saveColumns')}
        </button>
      </form>
      <CommandError refusal={refusal} />
    </details>
  );
}
