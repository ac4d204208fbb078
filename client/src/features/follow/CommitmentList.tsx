/**
 * The roles matrix as a list a phone can read: each organisation (the matrix's rows, in the
 * facilitator's order) with its commitments, each naming its kind of contribution (the column).
 */
import { useContent } from '../../i18n/content.ts';
import { useMemo } from 'react';
import type { BoardId, Commitment } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { GroupOrigin } from '../breakout-screens/GroupOrigin.tsx';

const key = (organisation: string) => organisation.trim().toLocaleLowerCase('en');

export function CommitmentList({ boardId }: { boardId: BoardId }) {
  const tc = useContent();
  const t = useT();
  const board = useWorkshop((s) => s.state?.boards[boardId]);
  const rows = useWorkshop((s) => s.state?.roleMatrices[boardId]?.organisations);
  const all = useWorkshop((s) => s.state?.commitments);
  const byOrganisation = useMemo(() => {
    const out = new Map<string, { name: string; items: Commitment[] }>();
    for (const name of rows ?? []) out.set(key(name), { name, items: [] });
    const mine = Object.values(all ?? {})
      .filter((c) => c.boardId === boardId)
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const c of mine) {
      const row = out.get(key(c.organisation)) ?? { name: c.organisation, items: [] };
      row.items.push(c);
      out.set(key(c.organisation), row);
    }
    return [...out.values()].filter((r) => r.items.length > 0);
  }, [rows, all, boardId]);
  if (!board) return null;
  const total = byOrganisation.reduce((n, r) => n + r.items.length, 0);
  return (
    <section className="card commitment-list" aria-labelledby={`roles-${boardId}`} data-testid="commitment-list">
      <h2 id={`roles-${boardId}`}>{t('roles.title')}</h2>
      <p className="muted">{t('follow.commitments', { count: total })}</p>
      {byOrganisation.map((row) => (
        <div key={row.name} className="commitment-org">
          <h3>{row.name}</h3>
          <ul>
            {row.items.map((c) => (
              <li key={c.id} data-testid="follow-commitment" data-status={c.status}>
                <strong>{tc(c.kind)}</strong>: {c.text}{' '}
                <span className="muted">
                  ({t(c.status === 'confirmed' ? 'roles.confirmed' : 'roles.proposed')}
                  {c.followUp && `, ${t('follow.followUp', { date: c.followUp })}`})
                </span>
                {c.fromGroup && <GroupOrigin fromGroup={c.fromGroup} className="muted" />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
