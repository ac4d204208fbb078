/** The fields of a step's configuration (boards, mode, vote, timer); `readConfig` reads them back on save. */
import type { StepConfig } from '../../../../shared/model.ts';
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { STEP_MODES as MODES, STEP_VIEWS as VIEWS } from './form-values.ts';

/** `prefix` tells apart the fields of several steps in one form (the builder saves a block whole). */
export function ConfigFields({ config, prefix = '' }: { config: StepConfig; prefix?: string }) {
  const t = useT();
  const tc = useContent();
  const boards = useWorkshop((s) => s.state?.boards);
  return (
    <fieldset className="config-fields">
      <legend>{t('edit.config')}</legend>
      {Object.values(boards ?? {}).map((b) => (
        <label key={b.id} className="inline">
          <input
            type="checkbox"
            name={`${prefix}boards`}
            value={b.id}
            defaultChecked={config.boardIds.includes(b.id)}
          />{' '}
          {tc(b.title)}
        </label>
      ))}
      <label>
        {t('edit.mode')}{' '}
        <select name={`${prefix}mode`} defaultValue={config.mode ?? ''}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(m === '' ? 'edit.mode.keep' : `edit.mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('edit.vote')}{' '}
        <input name={`${prefix}vote`} type="number" min={0} max={20} size={3} defaultValue={config.vote?.budget ?? 0} />
      </label>
      <label>
        {t('edit.timer')}{' '}
        <input
          name={`${prefix}timer`}
          type="number"
          min={0}
          max={1440}
          size={4}
          defaultValue={config.timerMinutes ?? ''}
        />
      </label>
      <label>
        {t('edit.view')}{' '}
        <select name={`${prefix}view`} defaultValue={config.view ?? 'board'}>
          {VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`edit.view.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" name={`${prefix}remote`} defaultChecked={config.remoteWriting} /> {t('edit.remote')}
      </label>
    </fieldset>
  );
}
