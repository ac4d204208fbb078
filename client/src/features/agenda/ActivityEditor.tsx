/** One activity in the live agenda editor: title, minutes, configuration; move, remove. */
import type { Activity } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { ConfigFields } from './ConfigFields.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import { readConfig } from './form-values.ts';
import type { AgendaEditInput } from '../../../../shared/schemas/agenda-commands.ts';

export interface ActivityEditorProps {
  segmentId: string;
  activity: Activity;
  index: number;
  count: number;
  edit: (change: AgendaEditInput) => void;
}

export function ActivityEditor({ segmentId, activity, index, count, edit }: ActivityEditorProps) {
  const t = useT();
  const base = { segmentId, activityId: activity.id };
  const save = (form: FormData) =>
    edit({
      op: 'activity.update',
      ...base,
      patch: {
        title: String(form.get('title')),
        minutes: Number(form.get('minutes')),
        config: readConfig(form, activity.config),
      },
    });
  return (
    <li className="edit-activity" data-activity={activity.id}>
      <form action={save} className="edit-form">
        <label>
          {t('edit.title')} <input name="title" defaultValue={activity.title} maxLength={120} required />
        </label>
        <label>
          {t('edit.minutes')}{' '}
          <input name="minutes" type="number" min={1} max={1440} size={4} defaultValue={activity.minutes} required />
        </label>
        <ConfigFields config={activity.config} />
        <div className="edit-actions">
          <button type="submit">{t('edit.save')}</button>
          <MoveButtons
            index={index}
            count={count}
            move={(to) => edit({ op: 'activity.move', ...base, index: to })}
            remove={() => edit({ op: 'activity.remove', ...base })}
          />
        </div>
      </form>
    </li>
  );
}
