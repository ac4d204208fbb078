/** A titled stack of notes that, for the facilitator, accepts dropped notes (the drag way of grouping). */
import { useState, type DragEvent, type ReactNode } from 'react';
import type { Focus, Note, VoteRound } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { DRAG_TYPE, NoteCard } from './NoteCard.tsx';

export interface NoteListProps {
  title: ReactNode;
  notes: Note[];
  facilitator: boolean;
  focus: Focus | null;
  round: VoteRound | null;
  /** Called with the dropped note ids; absent when this list takes no drops. */
  onDropNotes?: (noteIds: string[]) => void;
  testId: string;
}

export function NoteList({ title, notes, facilitator, focus, round, onDropNotes, testId }: NoteListProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const results = round?.results ?? null;
  const max = results ? Math.max(0, ...Object.values(results)) : 0;
  const accepts = facilitator && onDropNotes !== undefined;

  function onDrop(e: DragEvent) {
    setOver(false);
    const raw = e.dataTransfer.getData(DRAG_TYPE);
    if (!raw) return;
    e.preventDefault();
    const ids = JSON.parse(raw) as unknown;
    if (Array.isArray(ids)) onDropNotes?.(ids.filter((x): x is string => typeof x === 'string'));
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the pointer's second way; keyboards select notes and use "move to group"
    <section
      className={`note-list${over ? ' note-list-over' : ''}`}
      data-testid={testId}
      onDragOver={
        accepts
          ? (e) => {
              e.preventDefault();
              setOver(true);
            }
          : undefined
      }
      onDragLeave={accepts ? () => setOver(false) : undefined}
      onDrop={accepts ? onDrop : undefined}
    >
      <h3 className="note-list-title">{title}</h3>
      {notes.map((n) => (
        <NoteCard
          key={n.id}
          note={n}
          facilitator={facilitator}
          inFocus={focus?.kind === 'note' && focus.noteId === n.id}
          dots={results ? { count: results[n.id] ?? 0, max } : null}
        />
      ))}
      {accepts && notes.length === 0 && <p className="muted">{t('board.dropHere')}</p>}
    </section>
  );
}
