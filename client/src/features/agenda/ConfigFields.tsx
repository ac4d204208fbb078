/** The fields of a step's configuration (boards, mode, vote, timer), read back from the form on save. */
import type { StepConfig } from '../../../../shared/model.ts';
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';

const MODES = ['', 'open', 'private', 'locked'] as const;
const VIEWS = ['board', 'qa', 'actions'] as const;

export function ConfigFields({ config }: { config: StepConfig }) {
  const t = useT();
  const tc = useContent();
  const boards = useWorkshop((s) => s.state?.boards);
  return (
    <fieldset className="config-fields">
      <legend>{t('edit.config')}</legend>
      {Object.values(boards ?? {}).map((b) => (
        <label key={b.id} className="inline">
          <input type="checkbox" name="boards" value={b.id} defaultChecked={config.boardIds.includes(b.id)} />{' '}
          {tc(b.title)}
        </label>
      ))}
      <label>
        {t('edit.mode')}{' '}
        <select name="mode" defaultValue={config.mode ?? ''}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(m === '' ? 'edit.mode.keep' : `edit.mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('edit.vote')}{' '}
        <input name="vote" type="number" min={0} max={20} size={3} defaultValue={config.vote?.budget ?? 0} />
      </label>
      <label>
        {t('edit.timer')}{' '}
        <input name="timer" type="number" min={0} max={1440} size={4} defaultValue={config.timerMinutes ?? ''} />
      </label>
      <label>
        {t('edit.view')}{' '}
        <select name="view" defaultValue={config.view ?? 'board'}>
          {VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`edit.view.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" name="remote" defaultChecked={config.remoteWriting} /> {t('edit.remote')}
      </label>
    </fieldset>
  );
}

/** The configuration the form now holds; the server validates it with the rest of the agenda. */
export function readConfig(form: FormData, before: StepConfig): StepConfig {
  const mode = String(form.get('mode') ?? '');
  const budget = Number(form.get('vote') ?? 0);
  const timer = String(form.get('timer') ?? '').trim();
  const view = VIEWS.find((v) => v === form.get('view')) ?? 'board';
  return {
    boardIds: form.getAll('boards').map(String),
    mode: mode === 'open' || mode === 'private' || mode === 'locked' ? mode : null,
    vote: budget > 0 ? { budget, allowStacking: before.vote?.allowStacking ?? false } : null,
    timerMinutes: timer === '' ? null : Number(timer),
    remoteWriting: form.get('remote') === 'on',
    view,
  };
}
