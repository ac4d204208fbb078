/**
 * A board as the room sees it: named groups first, then the columns with the notes not yet
 * grouped; vote bars once a vote is closed; the spotlight marked. For the facilitator, notes
 * can be selected and dragged onto a group or a column.
 */
import { useContent } from '../../i18n/content.ts';
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { NoteList } from './NoteList.tsx';
import { useBoard, useBoardGroups, useBoardNotes } from './use-board.ts';
import './board.css';

export function BoardView({ boardId, facilitator = false }: { boardId: BoardId; facilitator?: boolean }) {
  const t = useT();
  const tc = useContent();
  const board = useBoard(boardId);
  const notes = useBoardNotes(boardId);
  const groups = useBoardGroups(boardId);
  const focus = useWorkshop((s) => s.state?.room.focus ?? null);
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const { run, refusal } = useCommand();
  if (!board) return null;

  const move = (groupId: string | null, column?: string) => (noteIds: string[]) =>
    void run((c) => c.notes.move(noteIds, groupId, column));
  const common = { facilitator, focus, round };
  const boardInFocus = focus?.kind === 'board' && focus.boardId === boardId;

  return (
    <div
      className={`board${boardInFocus ? ' board-focus' : ''}`}
      data-testid="board"
      data-board-id={boardId}
      data-mode={board.mode}
    >
      <header className="board-header">
        <h2>{tc(board.title)}</h2>
        <p className="board-prompt">{tc(board.prompt)}</p>
        {board.hiddenCount > 0 && (
          <p className="board-hidden" data-testid="hidden-count">
            {t('board.hiddenCount', { count: board.hiddenCount })}
          </p>
        )}
      </header>
      <CommandError refusal={refusal} />
      {groups.length > 0 && (
        <div className="board-groups">
          {groups.map((g) => (
            <div key={g.id} className={focus?.kind === 'group' && focus.groupId === g.id ? 'group-focus' : undefined}>
              <NoteList
                {...common}
                testId="group"
                title={g.title}
                notes={notes.filter((n) => n.groupId === g.id)}
                onDropNotes={move(g.id)}
              />
            </div>
          ))}
        </div>
      )}
      {/* Its columns wrap (board.css): nothing scrolls sideways, so it needs no focus of its own. */}
      <div className="board-columns" role="group" aria-label={tc(board.title)}>
        {board.columns.map((column) => (
          <NoteList
            {...common}
            key={column}
            testId="column"
            title={tc(column)}
            notes={notes.filter((n) => n.column === column && n.groupId === null)}
            onDropNotes={move(null, column)}
          />
        ))}
      </div>
      {notes.length === 0 && <p className="muted">{t('board.empty')}</p>}
    </div>
  );
}
