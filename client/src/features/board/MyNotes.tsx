/** The participant's own notes on a board: waiting to send, saved, or held until reveal; and what was refused. */
import { useMemo } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useMyBoard } from '../../stores/my-board.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { dismissRefused, useOutbox } from '../../stores/outbox.ts';
import { MyNoteItem } from './MyNoteItem.tsx';
import { useBoardNotes, useErrorText } from './use-board.ts';

export function MyNotes({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const errorText = useErrorText();
  const me = useConnection((s) => s.session?.participantId ?? null);
  const shown = useBoardNotes(boardId);
  const heldAll = useMyBoard((s) => s.held);
  const owned = useMyBoard((s) => s.owned);
  const pendingAll = useOutbox((s) => s.pending);
  const refused = useOutbox((s) => s.refused);
  // The server refuses changes to a locked board (or one the step does not use): the buttons go too.
  const editable = useWorkshop(
    (s) => s.state?.room.activeBoardIds.includes(boardId) === true && s.state.boards[boardId]?.mode !== 'locked',
  );
  // A note of an anonymous board names nobody: the server tells its author which ones are theirs.
  const saved = useMemo(() => shown.filter((n) => n.authorId === me || owned.includes(n.id)), [shown, me, owned]);
  const held = useMemo(() => heldAll.filter((n) => n.boardId === boardId), [heldAll, boardId]);
  // A pending add shows until the server's ack removes it from the outbox.
  const pending = useMemo(() => {
    const known = new Set([...saved, ...held].map((n) => n.id));
    return pendingAll.flatMap((e) =>
      e.event === 'note:add' && e.input.boardId === boardId && !known.has(e.input.id)
        ? [{ id: e.input.id, text: e.input.text }]
        : [],
    );
  }, [pendingAll, boardId, saved, held]);
  const empty = saved.length + held.length + pending.length === 0;

  return (
    <section className="my-notes" aria-labelledby={`mine-${boardId}`} data-testid="my-notes">
      <h3 id={`mine-${boardId}`}>{t('mine.title')}</h3>
      {refused.map(({ entry, error }) => (
        <p key={entry.key} className="status-refused" role="alert">
          {t('mine.refused', { reason: errorText(error) })}{' '}
          <button type="button" className="button-quiet" onClick={() => dismissRefused(entry.key)}>
            {t('mine.dismiss')}
          </button>
        </p>
      ))}
      {empty && <p className="muted">{t('mine.none')}</p>}
      <ul className="stack-list">
        {pending.map((n) => (
          <MyNoteItem key={n.id} note={n} status="pending" editable={editable} />
        ))}
        {held.map((n) => (
          <MyNoteItem key={n.id} note={n} status="held" editable={editable} />
        ))}
        {saved.map((n) => (
          <MyNoteItem key={n.id} note={n} status="saved" editable={editable} />
        ))}
      </ul>
    </section>
  );
}
