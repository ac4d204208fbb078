/**
 * A notes board on the room screen: its title and prompt, then every shown note, groups first
 * and then the columns, paged when they do not fit. While the board is private, only the count.
 */
import { NoteOrigin } from '../../features/breakout-screens/NoteOrigin.tsx';
import { mergedGroupName } from '../../features/breakout-screens/provenance.ts';
import { useContent } from '../../i18n/content.ts';
import type { BoardId, Note } from '../../../../shared/model.ts';
import { useBoard, useBoardGroups, useBoardNotes } from '../../features/board/use-board.ts';
import { FlowPager, type FlowItem, type FlowSection } from '../../features/paging/FlowPager.tsx';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { noteAuthor } from '../../ui/by-line.ts';
import { BoardHeading } from './BoardHeading.tsx';

/** One note as the back of the room reads it: its text, who wrote it, and the group it came from after a merge. */
export function ProjectorNote({ note }: { note: Note }) {
  const t = useT();
  return (
    <article className="pnote" data-testid="note" data-note-id={note.id}>
      <p className="pnote-text">{note.text}</p>
      <p className="pnote-author">{noteAuthor(t, note)}</p>
      {note.provenance && <NoteOrigin provenance={note.provenance} className="pnote-origin" />}
    </article>
  );
}

export function NotesFlow({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const tc = useContent();
  const board = useBoard(boardId);
  const notes = useBoardNotes(boardId);
  const groups = useBoardGroups(boardId);
  const focus = useWorkshop((s) => s.state?.room.focus ?? null);
  const breakouts = useWorkshop((s) => s.state?.breakouts);
  if (!board) return null;
  const groupFocus = focus?.kind === 'group' && focus.boardId === boardId ? focus.groupId : null;
  const shownGroups = groupFocus ? groups.filter((g) => g.id === groupFocus) : groups;
  const sections: FlowSection[] = [
    ...shownGroups.map((g) => ({
      id: `g:${g.id}`,
      title: g.fromGroup && breakouts ? `${g.title} · ${mergedGroupName(t, g.fromGroup, breakouts)}` : g.title,
    })),
    ...(groupFocus ? [] : board.columns.map((c) => ({ id: `c:${c}`, title: tc(c) }))),
  ];
  const items: FlowItem[] = sections.flatMap((s) =>
    notes
      .filter((n) =>
        s.id.startsWith('g:') ? `g:${n.groupId}` === s.id : n.groupId === null && `c:${n.column}` === s.id,
      )
      .map((n) => ({ key: n.id, section: s.id, node: <ProjectorNote note={n} /> })),
  );
  return (
    <section className="pboard" data-testid="board" data-board-id={boardId} data-mode={board.mode}>
      <BoardHeading title={tc(board.title)} prompt={tc(board.prompt)} />
      {board.hiddenCount > 0 && (
        <p className="pboard-hidden" data-testid="hidden-count">
          {t('board.hiddenCount', { count: board.hiddenCount })}
        </p>
      )}
      {notes.length === 0 && board.hiddenCount === 0 && <p className="muted">{t('board.empty')}</p>}
      {notes.length > 0 && <FlowPager items={items} sections={sections} testId="board-pager" />}
    </section>
  );
}
