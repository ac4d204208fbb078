/** The workshop's details in the builder: title, date, time zone, venue, as the agenda and the printout show them. */
import type { FormEvent } from 'react';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function WorkshopDetails() {
  const t = useT();
  const meta = useRoom()?.meta;
  const { run, refusal } = useCommand();
  if (!meta) return null;
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    void run((c) =>
      c.design.describe({
        title: field('title'),
        date: field('date'),
        timezone: field('timezone'),
        venue: field('venue'),
      }),
    );
  };
  return (
    <form key={JSON.stringify(meta)} className="builder-details edit-actions" onSubmit={save}>
      <label>
        {t('design.workshopTitle')} <input name="title" defaultValue={meta.title} maxLength={200} required />
      </label>
      <label>
        {t('design.date')} <input name="date" type="date" defaultValue={meta.date} required />
      </label>
      <label>
        {t('design.timezone')} <input name="timezone" defaultValue={meta.timezone} maxLength={64} required />
      </label>
      <label>
        {t('design.venue')} <input name="venue" defaultValue={meta.venue} maxLength={300} />
      </label>
      <button type="submit">{t('design.saveDetails')}</button>
      <CommandError refusal={refusal} text={(r) => t('edit.refused', { reason: r.detail ?? r.error })} />
    </form>
  );
}
