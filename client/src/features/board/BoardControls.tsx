/** The facilitator's board switches: writing mode (said in words, not only by a pressed button), remote writing, anonymity, reveal, spotlight, undo. */
import { useState } from 'react';
import type { BoardId, BoardMode } from '../../../../shared/model.ts';
import { type MessageKey, useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { AnonymousSwitch } from './AnonymousSwitch.tsx';
import { useBoard } from './use-board.ts';

const MODES: BoardMode[] = ['open', 'private', 'locked'];

export function BoardControls({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const board = useBoard(boardId);
  const focus = useWorkshop((s) => s.state?.room.focus ?? null);
  const { run, refusal, busy } = useCommand();
  const [undone, setUndone] = useState<string | null>(null);
  if (!board) return null;

  async function undo() {
    const r = await run((c) => c.boards.undo());
    setUndone(r.ok ? r.value.label : null);
  }
  const boardInFocus = focus?.kind === 'board' && focus.boardId === boardId;

  return (
    <section
      className="board-controls"
      aria-label={t('board.modeLabel', { title: board.title })}
      data-testid="board-controls"
    >
      <p className={`mode-now mode-now-${board.mode}`} data-testid="mode-now" data-mode={board.mode}>
        {t(`board.modeNow.${board.mode}`)}
      </p>
      <div className="row mode-buttons" role="group" aria-label={t('board.modeLabel', { title: board.title })}>
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            className={board.mode === mode ? 'mode-on' : 'mode-off'}
            aria-pressed={board.mode === mode}
            disabled={busy}
            onClick={() => run((c) => c.boards.setMode(boardId, mode))}
            data-testid={`mode-${mode}`}
          >
            {board.mode === mode && <span aria-hidden="true">✓ </span>}
            {t(`board.mode.${mode}`)}
          </button>
        ))}
        <label>
          <input
            type="checkbox"
            checked={board.remoteWriting}
            onChange={(e) => run((c) => c.boards.setMode(boardId, board.mode, e.target.checked))}
          />{' '}
          {t('board.remoteWriting')}
        </label>
      </div>
      {!board.copyOf && board.kind !== 'roles' && board.kind !== 'questions' && <AnonymousSwitch board={board} />}
      <div className="row">
        {board.hiddenCount > 0 && (
          <button type="button" onClick={() => run((c) => c.boards.reveal(boardId))} data-testid="reveal">
            {t('board.reveal', { count: board.hiddenCount })}
          </button>
        )}
        <button
          type="button"
          className="button-quiet"
          onClick={() => run((c) => c.boards.spotlight(boardInFocus ? null : { kind: 'board', boardId }))}
        >
          {boardInFocus ? t('board.spotlightOff') : t('board.spotlight')}
        </button>
        <button type="button" className="button-quiet" onClick={undo} data-testid="undo">
          {t('board.undo')}
        </button>
        {undone && (
          <span role="status">
            {t('board.undone', { label: t(`undo.what.${undone.replace(':', '_')}` as MessageKey) })}
          </span>
        )}
      </div>
      <CommandError refusal={refusal} />
    </section>
  );
}
