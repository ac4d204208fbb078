/** One of my notes with its status (pending, saved, hidden until reveal), and edit/delete while I may. */
import { useState } from 'react';
import type { Note } from '../../../../shared/model.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { useConnectionHandle } from '../../ui/connection-handle.ts';

export type MyNoteStatus = 'pending' | 'saved' | 'held';

/** `editable`: the board takes changes now (it is in use and not locked); otherwise edit and delete are not offered. */
export function MyNoteItem({
  note,
  status,
  editable,
}: {
  note: Pick<Note, 'id' | 'text'>;
  status: MyNoteStatus;
  editable: boolean;
}) {
  const t = useT();
  const connection = useConnectionHandle();
  const [draft, setDraft] = useState<string | null>(null);
  const label = status === 'pending' ? t('mine.pending') : status === 'held' ? t('mine.held') : t('mine.saved');

  function save() {
    const text = draft?.trim();
    if (text && text !== note.text) connection?.intents.notes.edit(note.id, text);
    setDraft(null);
  }

  return (
    <li className="my-note" data-testid="my-note" data-note-id={note.id} data-status={status}>
      {draft === null ? (
        <p className="note-text">{note.text}</p>
      ) : (
        <textarea
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={BOARD_LIMITS.noteTextMax}
          rows={3}
          aria-label={t('mine.edit')}
        />
      )}
      <div className="row">
        <span className={status === 'pending' ? 'status-pending' : 'muted'}>{label}</span>
        {status !== 'pending' && editable && draft === null && (
          <>
            <button type="button" className="button-quiet" onClick={() => setDraft(note.text)}>
              {t('mine.edit')}
            </button>
            <button type="button" className="button-quiet" onClick={() => connection?.intents.notes.remove(note.id)}>
              {t('board.delete')}
            </button>
          </>
        )}
        {draft !== null && (
          <>
            <button type="button" onClick={save}>
              {t('mine.save')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
              {t('mine.cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
