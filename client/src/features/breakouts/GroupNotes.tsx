/**
 * The group's shown notes on one of its boards, by cluster. The rapporteur groups them
 * (breakout:cluster, breakout:move) and ticks the top points to report back (breakout:top).
 */
import { useMemo, useState } from 'react';
import { BREAKOUT_LIMITS, type BreakoutGroup } from '../../../../shared/breakouts.ts';
import type { BoardId, Note, NoteId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useGroupBoards } from '../../stores/my-board.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { ClusterForm } from './ClusterForm.tsx';
import { toggleIn } from './group-rules.ts';

interface Props {
  boardId: BoardId;
  group: BreakoutGroup;
  /** The rapporteur's tools (and the facilitator's, who may act for any group). */
  rapporteur: boolean;
  /** The section's name: "Our group's notes" on the phone, the board's title on the console. */
  title: string;
}

export function GroupNotes({ boardId, group, rapporteur, title }: Props) {
  const t = useT();
  const { run, refusal } = useCommand();
  const all = useGroupBoards((s) => s.notes);
  const allClusters = useGroupBoards((s) => s.clusters);
  const notes = useMemo(
    () =>
      all.filter((n) => n.boardId === boardId).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    [all, boardId],
  );
  const clusters = useMemo(
    () => allClusters.filter((c) => c.boardId === boardId).sort((a, b) => a.order - b.order),
    [allClusters, boardId],
  );
  const sections = [
    ...clusters.map((c) => ({ id: c.id, title: c.title, notes: notes.filter((n) => n.groupId === c.id) })),
    { id: '', title: '', notes: notes.filter((n) => !clusters.some((c) => c.id === n.groupId)) },
  ].filter((s) => s.id || s.notes.length > 0);

  // The tick shows at once, until the document's list changes (it then says what the server
  // kept) or the command is refused.
  const [picking, setPicking] = useState<{ from: NoteId[]; ids: NoteId[] } | null>(null);
  const picked = picking?.from === group.topNoteIds ? picking.ids : group.topNoteIds;
  const top = async (note: Note) => {
    const ids = toggleIn(picked, note.id, BREAKOUT_LIMITS.topPointsMax);
    setPicking({ from: group.topNoteIds, ids });
    if (!(await run((i) => breakoutIntents(i).top(group.id, ids))).ok) setPicking(null);
  };
  const item = (n: Note) => (
    <li key={n.id} className="group-note">
      <span className="note-text">{n.text}</span>
      {rapporteur && (
        <span className="rapporteur-tools">
          <label>
            <input
              type="checkbox"
              aria-label={t('breakouts.topPoint', { text: n.text })}
              checked={picked.includes(n.id)}
              onChange={() => void top(n)}
            />
            ★
          </label>
          {clusters.length > 0 && (
            <select
              aria-label={t('breakouts.clusterOf', { text: n.text })}
              value={n.groupId ?? ''}
              onChange={(e) => void run((i) => breakoutIntents(i).move([n.id], e.target.value || null))}
            >
              <option value="">{t('breakouts.noCluster')}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </span>
      )}
    </li>
  );

  return (
    <section className="group-notes" aria-label={title} data-testid="group-notes">
      <h3>{title}</h3>
      {rapporteur && <p className="muted">{t('breakouts.topHint', { count: BREAKOUT_LIMITS.topPointsMax })}</p>}
      {notes.length === 0 && <p className="muted">{t('groupwork.noNotes')}</p>}
      {sections.map((s) => (
        <div key={s.id || 'loose'}>
          {s.title && <h4>{s.title}</h4>}
          <ul className="stack-list">{s.notes.map(item)}</ul>
        </div>
      ))}
      {rapporteur && <ClusterForm boardId={boardId} />}
      <CommandError refusal={refusal} />
    </section>
  );
}
