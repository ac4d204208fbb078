/** What the facilitator has put in the spotlight, for a remote follower: a note, a group, or a board's newest notes. */
import type { Note } from '../../../shared/model.ts';
import { useT } from '../i18n/t.ts';
import { useWorkshop } from '../stores/workshop.ts';

function NoteItem({ note }: { note: Note }) {
  return (
    <li className="feed-note">
      <p className="note-text">{note.text}</p>
      <p className="muted feed-meta">{note.authorName}</p>
    </li>
  );
}

export function FocusPanel() {
  const t = useT();
  const focus = useWorkshop((s) => s.state?.room.focus ?? null);
  const state = useWorkshop((s) => s.state);
  if (!focus || !state) return null;
  const board = state.boards[focus.boardId];
  const notes = Object.values(state.notes).filter((n) =>
    focus.kind === 'note'
      ? n.id === focus.noteId
      : focus.kind === 'group'
        ? n.groupId === focus.groupId
        : n.boardId === focus.boardId,
  );
  const title = focus.kind === 'group' ? state.groups[focus.groupId]?.title : board?.title;
  return (
    <section aria-labelledby="focus-heading" className="focus-panel card" data-testid="focus-panel">
      <h2 id="focus-heading">{t('board.inFocus')}</h2>
      {title && <p className="focus-title">{title}</p>}
      <ul className="feed-list">
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
    </section>
  );
}
