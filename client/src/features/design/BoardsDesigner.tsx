/**
 * The workshop's boards in the builder: retitle one, rewrite its prompt, change its columns (one
 * per line), remove one nothing uses, or create a new one for a step to work on.
 */
import type { FormEvent } from 'react';
import type { Board, BoardKind } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { newId } from '../../net/commands.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

const KINDS: readonly BoardKind[] = ['notes', 'expectations', 'roles', 'questions'];

const lines = (text: FormDataEntryValue | null) =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function BoardsDesigner() {
  const t = useT();
  const boards = useWorkshop((s) => s.state?.boards);
  const { run, refusal } = useCommand();
  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const kind = KINDS.find((k) => k === form.get('kind')) ?? 'notes';
    const title = String(form.get('title') ?? '').trim();
    void run((c) =>
      c.design.createBoard({
        id: `board-${newId().slice(0, 10)}`,
        kind,
        title,
        prompt: String(form.get('prompt') ?? '').trim(),
        columns: lines(form.get('columns')),
      }),
    ).then((r) => r.ok && el.reset());
  };
  return (
    <section className="builder-boards" aria-labelledby="builder-boards">
      <h3 id="builder-boards">{t('design.boards')}</h3>
      <CommandError refusal={refusal} text={(r) => t('edit.refused', { reason: r.detail ?? r.error })} />
      <ul>
        {Object.values(boards ?? {}).map((b) => (
          <BoardForm key={JSON.stringify([b.title, b.prompt, b.columns])} board={b} run={run} />
        ))}
      </ul>
      <form className="builder-board edit-actions" onSubmit={create} data-testid="board-create">
        <label>
          {t('design.boardKind')}{' '}
          <select name="kind" defaultValue="notes">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`design.boardKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('edit.title')} <input name="title" maxLength={120} required />
        </label>
        <label>
          {t('design.prompt')} <input name="prompt" maxLength={500} />
        </label>
        <label>
          {t('design.columns')} <textarea name="columns" rows={3} required />
        </label>
        <button type="submit">{t('design.createBoard')}</button>
      </form>
    </section>
  );
}

function BoardForm({ board, run }: { board: Board; run: ReturnType<typeof useCommand>['run'] }) {
  const t = useT();
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run((c) =>
      c.design.editBoard({
        boardId: board.id,
        title: String(form.get('title') ?? '').trim(),
        prompt: String(form.get('prompt') ?? '').trim(),
        columns: lines(form.get('columns')),
      }),
    );
  };
  return (
    <li className="builder-board" data-board={board.id}>
      <form className="edit-actions" onSubmit={save}>
        <span className="builder-kind">{t(`design.boardKind.${board.kind}`)}</span>
        <label>
          {t('edit.title')} <input name="title" defaultValue={board.title} maxLength={120} required />
        </label>
        <label>
          {t('design.prompt')} <input name="prompt" defaultValue={board.prompt} maxLength={500} />
        </label>
        <label>
          {t('design.columns')} <textarea name="columns" rows={2} defaultValue={board.columns.join('\n')} required />
        </label>
        <button type="submit">{t('edit.save')}</button>
        <button type="button" className="secondary" onClick={() => run((c) => c.design.removeBoard(board.id))}>
          {t('edit.remove')}
        </button>
      </form>
    </li>
  );
}
