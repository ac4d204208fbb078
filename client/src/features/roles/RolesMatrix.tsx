/**
 * Who does what in the joint pilot: organisations (rows) against kinds of contribution
 * (columns), each cell holding that organisation's commitments. Participants propose for their
 * own organisation; the facilitator confirms, edits, removes, and edits rows and columns.
 */
import { useContent } from '../../i18n/content.ts';
import { useId } from 'react';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { useBoardCommitments, useLinkableNotes } from '../board/use-board.ts';
import { CommitmentCard } from './CommitmentCard.tsx';
import { ProposeCommitment } from './ProposeCommitment.tsx';
import { RolesSetup } from './RolesSetup.tsx';
import './roles.css';

const sameOrg = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function RolesMatrix({ boardId = 'roles' }: { boardId?: string }) {
  const t = useT();
  const tc = useContent();
  const session = useConnection((s) => s.session);
  const state = useWorkshop((s) => s.state);
  const board = state?.boards[boardId];
  const matrix = state?.roleMatrices[boardId] ?? { boardId, organisations: [] };
  const commitments = useBoardCommitments(boardId);
  const linkable = useLinkableNotes(boardId);
  // The console shows several matrices at once while groups work (each group's copy).
  const heading = useId();
  if (!state || !board) return null;
  const facilitator = session?.role === 'facilitator';
  const canPropose =
    session?.role === 'participant' &&
    session.organisation !== null &&
    state.room.activeBoardIds.includes(boardId) &&
    board.mode !== 'locked';
  const own = (org: string) =>
    session?.role === 'participant' && !!session.organisation && sameOrg(org, session.organisation);
  // A participant's own organisation first: on a phone, hers is the row she came to read.
  const rows = [
    ...matrix.organisations,
    ...commitments
      .map((c) => c.organisation)
      .filter((o, i, all) => !matrix.organisations.some((r) => sameOrg(r, o)) && all.indexOf(o) === i),
  ].sort((a, b) => Number(own(b)) - Number(own(a)));
  const propose = canPropose && (
    <ProposeCommitment
      boardId={boardId}
      columns={board.columns}
      linkable={linkable}
      organisation={session.organisation ?? ''}
    />
  );

  return (
    <section className="roles-matrix" aria-labelledby={heading} data-testid="roles-matrix" data-board-id={boardId}>
      <h2 id={heading}>{t('roles.title')}</h2>
      <p className="muted">{tc(board.prompt)}</p>
      {propose}
      {rows.length === 0 ? (
        <p className="muted">{t('roles.noRows')}</p>
      ) : (
        <div className="roles-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('roles.organisation')}</th>
                {board.columns.map((col) => (
                  <th key={col} scope="col">
                    {tc(col)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((org) => (
                <tr
                  key={org}
                  className={session?.organisation && sameOrg(org, session.organisation) ? 'own-row' : undefined}
                >
                  <th scope="row">{org}</th>
                  {board.columns.map((col) => (
                    <td key={col} data-kind={tc(col)}>
                      {commitments
                        .filter((c) => c.kind === col && sameOrg(c.organisation, org))
                        .map((c) => (
                          <CommitmentCard
                            key={c.id}
                            commitment={c}
                            columns={board.columns}
                            linkable={linkable}
                            facilitator={facilitator}
                          />
                        ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {session?.role === 'participant' && !canPropose && (
        <p className="muted" data-testid="roles-closed">
          {t('roles.closed')}
        </p>
      )}
      {/* A group's copy keeps the plenary board's columns, and its rows are the group's organisations. */}
      {facilitator && !board.copyOf && (
        <RolesSetup key={board.columns.join('\n')} matrix={matrix} columns={board.columns} />
      )}
    </section>
  );
}
