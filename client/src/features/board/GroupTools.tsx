/**
 * Grouping without dragging: create a group, then act on the selected notes (move to a group,
 * spotlight, hide, delete), or on a group (rename, spotlight, delete). Every removal can be undone.
 */
import { useState, type FormEvent } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import type { BoardId } from '../../../../shared/model.ts';
import type { Intents } from '../../net/commands.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { clearSelection, useSelection } from '../../stores/board-selection.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { useBoardGroups } from './use-board.ts';

export function GroupTools({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const groups = useBoardGroups(boardId);
  const selected = useSelection((s) => s.selected);
  const { run, refusal } = useCommand();
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const groupId = groups.some((g) => g.id === target) ? target : null;

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await run((c) => c.groups.create(boardId, title.trim()));
    if (r.ok) {
      setTitle('');
      setTarget(r.value.id);
    }
  }
  /** Runs one command for the whole selection, so one undo takes it back. */
  async function onSelected(send: (noteIds: string[]) => (c: Intents) => Promise<Result<unknown>>) {
    const r = await run(send(selected));
    if (r.ok) clearSelection();
  }

  return (
    <div className="group-tools">
      <form className="row" onSubmit={create}>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={BOARD_LIMITS.groupTitleMax}
          aria-label={t('board.newGroup')}
          placeholder={t('board.newGroup')}
          required
        />
        <button type="submit" disabled={!title.trim()}>
          {t('board.createGroup')}
        </button>
      </form>
      <div className="row">
        <label>
          {t('board.moveTo')}{' '}
          <select value={groupId ?? ''} onChange={(e) => setTarget(e.target.value)} data-testid="move-target">
            <option value="">{t('board.noGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </label>
        {groupId && (
          <>
            <button
              type="button"
              className="button-quiet"
              onClick={() => run((c) => c.groups.rename(groupId, title.trim()))}
              disabled={!title.trim()}
            >
              {t('board.renameGroup')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => run((c) => c.boards.spotlight({ kind: 'group', boardId, groupId }))}
            >
              {t('board.spotlight')}
            </button>
            <button type="button" className="button-quiet" onClick={() => run((c) => c.groups.remove(groupId))}>
              {t('board.deleteGroup')}
            </button>
          </>
        )}
      </div>
      {selected.length > 0 && (
        <div className="row" data-testid="selection-actions">
          <span>{t('board.selected', { count: selected.length })}</span>
          <button
            type="button"
            onClick={() => onSelected((noteIds) => (c) => c.notes.move(noteIds, groupId))}
            data-testid="move-selected"
          >
            {t('board.move')}
          </button>
          {selected.length === 1 && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => run((c) => c.boards.spotlight({ kind: 'note', boardId, noteId: selected[0]! }))}
            >
              {t('board.spotlight')}
            </button>
          )}
          <button
            type="button"
            className="button-quiet"
            onClick={() => onSelected((noteIds) => (c) => c.notes.hide(noteIds))}
          >
            {t('board.hide')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => onSelected((noteIds) => (c) => c.notes.delete(noteIds))}
          >
            {t('board.delete')}
          </button>
          <button type="button" className="button-quiet" onClick={clearSelection}>
            {t('board.clearSelection')}
          </button>
        </div>
      )}
      <CommandError refusal={refusal} />
    </div>
  );
}
