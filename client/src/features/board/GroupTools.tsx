/**
 * Grouping without dragging: create a group, then act on the selected notes (move to a group,
 * spotlight, hide, delete), or on a group (rename, spotlight, delete). Every removal can be undone.
 */
import { useState, type FormEvent } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { clearSelection, useSelection } from '../../stores/board-selection.ts';
import { CommandError, useCommand } from '../roles/use-command.tsx';
import { useBoardGroups } from './use-board.ts';

export function GroupTools({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const groups = useBoardGroups(boardId);
  const selected = useSelection((s) => s.selected);
  const { run, error } = useCommand();
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const groupId = groups.some((g) => g.id === target) ? target : null;

  async function create(e: FormEvent) {
    e.preventDefault();
    const id = crypto.randomUUID();
    const r = await run((c) => c.command('group:create', { id, boardId, title: title.trim() }));
    if (r.ok) {
      setTitle('');
      setTarget(id);
    }
  }
  async function onSelected(send: (noteId: string) => Promise<unknown>) {
    for (const id of selected) await send(id);
    clearSelection();
  }
  async function move() {
    const r = await run((c) => c.command('notes:move', { noteIds: selected, groupId }));
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
              onClick={() => run((c) => c.command('group:rename', { groupId, title: title.trim() }))}
              disabled={!title.trim()}
            >
              {t('board.renameGroup')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => run((c) => c.command('focus:set', { focus: { kind: 'group', boardId, groupId } }))}
            >
              {t('board.spotlight')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => run((c) => c.command('group:delete', { groupId }))}
            >
              {t('board.deleteGroup')}
            </button>
          </>
        )}
      </div>
      {selected.length > 0 && (
        <div className="row" data-testid="selection-actions">
          <span>{t('board.selected', { count: selected.length })}</span>
          <button type="button" onClick={move} data-testid="move-selected">
            {t('board.move')}
          </button>
          {selected.length === 1 && (
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                run((c) => c.command('focus:set', { focus: { kind: 'note', boardId, noteId: selected[0]! } }))
              }
            >
              {t('board.spotlight')}
            </button>
          )}
          <button
            type="button"
            className="button-quiet"
            onClick={() => onSelected((noteId) => run((c) => c.command('note:hide', { noteId })))}
          >
            {t('board.hide')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => onSelected((noteId) => run((c) => c.command('note:delete', { noteId })))}
          >
            {t('board.delete')}
          </button>
          <button type="button" className="button-quiet" onClick={clearSelection}>
            {t('board.clearSelection')}
          </button>
        </div>
      )}
      <CommandError error={error} />
    </div>
  );
}
