/** One sticky note, its text rendered as text. The facilitator can select it and drag it. */
import { useContext, type DragEvent } from 'react';
import type { Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { toggleSelected, useSelection } from '../../stores/board-selection.ts';
import { noteAuthor } from '../../ui/by-line.ts';
import { VoteBar } from '../votes/VoteBar.tsx';
import { NoteFooter } from './note-footer.ts';

export const DRAG_TYPE = 'application/x-plenary-notes';

export interface NoteCardProps {
  note: Note;
  facilitator: boolean;
  inFocus: boolean;
  /** Dots once the vote is closed, with the largest count on the board for scale. */
  dots: { count: number; max: number } | null;
}

export function NoteCard({ note, facilitator, inFocus, dots }: NoteCardProps) {
  const t = useT();
  const selected = useSelection((s) => s.selected.includes(note.id));
  const Footer = useContext(NoteFooter);

  function onDragStart(e: DragEvent) {
    const selection = useSelection.getState().selected;
    const ids = selection.includes(note.id) ? selection : [note.id];
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(ids));
    e.dataTransfer.effectAllowed = 'move';
  }

  return (
    <article
      className={`note${inFocus ? ' note-focus' : ''}${selected ? ' note-selected' : ''}`}
      data-testid="note"
      data-note-id={note.id}
      draggable={facilitator}
      onDragStart={facilitator ? onDragStart : undefined}
    >
      {facilitator && (
        <label className="note-select">
          <input type="checkbox" checked={selected} onChange={() => toggleSelected(note.id)} />
          <span className="visually-hidden">{t('board.select')}</span>
        </label>
      )}
      <p className="note-text">{note.text}</p>
      <p className="note-author muted">{noteAuthor(t, note)}</p>
      {Footer && <Footer note={note} />}
      {inFocus && <strong className="note-focus-label">{t('board.inFocus')}</strong>}
      {dots && <VoteBar count={dots.count} max={dots.max} />}
    </article>
  );
}
