/**
 * Writing a note in two taps: tap the field, type, tap Post. The note goes through the
 * device's outbox, so it is kept and sent later if the connection is down.
 */
import { useContent } from '../../i18n/content.ts';
import { useState, type FormEvent } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { useConnectionHandle } from '../../ui/connection-handle.ts';
import { useBoard } from './use-board.ts';

export function NoteComposer({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const tc = useContent();
  const connection = useConnectionHandle();
  const board = useBoard(boardId);
  const active = useWorkshop((s) => s.state?.room.activeBoardIds.includes(boardId) ?? false);
  const [text, setText] = useState('');
  const [column, setColumn] = useState<string | null>(null);
  if (!board) return null;
  if (!active || board.mode === 'locked') return <p className="muted">{t('compose.closed')}</p>;
  const chosen = column && board.columns.includes(column) ? column : board.columns[0]!;

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || !connection) return;
    connection.intents.notes.add(boardId, chosen, trimmed);
    setText('');
  }

  const fieldId = `compose-${boardId}`;
  return (
    <form className="composer" onSubmit={submit} data-testid="note-composer">
      <label htmlFor={fieldId}>{t('compose.label')}</label>
      <textarea
        id={fieldId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={BOARD_LIMITS.noteTextMax}
        rows={3}
        required
        data-testid="note-text"
      />
      <div className="row">
        {board.columns.length > 1 && (
          <label className="composer-column">
            <span className="composer-column-label">{t('compose.column')}</span>{' '}
            <select
              value={chosen}
              onChange={(e) => setColumn(e.target.value)}
              aria-label={t('compose.column')}
              data-testid="note-column"
            >
              {board.columns.map((c) => (
                <option key={c} value={c}>
                  {tc(c)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={!text.trim() || !connection} data-testid="note-post">
          {t('compose.post')}
        </button>
      </div>
      {board.mode === 'private' && <p className="muted">{t('compose.private')}</p>}
      {board.anonymous && (
        <p className="muted" data-testid="compose-anonymous">
          {t('compose.anonymous')}
        </p>
      )}
    </form>
  );
}
