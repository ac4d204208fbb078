/**
 * What the facilitator has put in the spotlight, for a remote follower: a note, or a group with
 * its notes (their text comes even in low-data mode), or a board, shown by its groups and counts.
 */
import { useContent } from '../../i18n/content.ts';
import type { Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardDigest } from './BoardDigest.tsx';
import { byLine } from '../../ui/by-line.ts';

function NoteItem({ note }: { note: Note }) {
  const t = useT();
  return (
    <li className="feed-note">
      <p className="note-text">{note.text}</p>
      <p className="muted feed-meta">{byLine(t, note)}</p>
    </li>
  );
}

export function Spotlight() {
  const tc = useContent();
  const t = useT();
  const focus = useWorkshop((s) => s.state?.room.focus ?? null);
  const state = useWorkshop((s) => s.state);
  if (!focus || !state) return null;
  if (focus.kind === 'board')
    return state.room.activeBoardIds.includes(focus.boardId) ? null : <BoardDigest boardId={focus.boardId} />;
  const notes = Object.values(state.notes)
    .filter((n) => (focus.kind === 'note' ? n.id === focus.noteId : n.groupId === focus.groupId))
    .sort((a, b) => a.createdAt - b.createdAt);
  const title = focus.kind === 'group' ? state.groups[focus.groupId]?.title : state.boards[focus.boardId]?.title;
  return (
    <section aria-labelledby="focus-heading" className="focus-panel card" data-testid="focus-panel">
      <h2 id="focus-heading">{t('board.inFocus')}</h2>
      {title && <p className="focus-title">{tc(title)}</p>}
      <ul className="feed-list">
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
    </section>
  );
}
