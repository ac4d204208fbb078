/**
 * Live agenda editing for the facilitator: pick a segment, retime or rename it, change what
 * entering it does, add, move and remove segments and activities. The server validates every
 * edit against the whole day (no overlaps, activities that fit) and refuses with a reason.
 */
import { useState } from 'react';
import type { Segment } from '../../../../shared/model.ts';
import { clockMinutes, DAY_CLOCK_MAX, formatClock, formatPlanClock } from '../../../../shared/time.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import type { AgendaEditInput } from '../../../../shared/schemas/agenda-commands.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { ActivityEditor } from './ActivityEditor.tsx';
import { ConfigFields } from './ConfigFields.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import { planClock, readConfig } from './form-values.ts';
import './agenda.css';

const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

export function AgendaEditor() {
  const t = useT();
  const segments = useWorkshop((s) => s.state?.room.agenda.segments);
  const [selected, setSelected] = useState<string | null>(null);
  const { run, refusal } = useCommand();
  if (!segments) return null;
  const index = Math.max(
    0,
    segments.findIndex((s) => s.id === selected),
  );
  const segment = segments[index]!;
  const edit = (change: AgendaEditInput) => void run((c) => c.agenda.edit(change));
  const addActivity = () =>
    edit({
      op: 'activity.add',
      segmentId: segment.id,
      index: segment.activities.length,
      activity: { id: newId('act'), title: t('edit.newActivity'), minutes: 5, config: segment.config },
    });

  return (
    <section className="agenda-editor" aria-label={t('edit.title.section')}>
      <label>
        {t('edit.segment')}{' '}
        <select value={segment.id} onChange={(e) => setSelected(e.target.value)} data-testid="edit-segment">
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {formatClock(clockMinutes(s.start))} {s.title}
            </option>
          ))}
        </select>
      </label>
      <CommandError refusal={refusal} text={(r) => t('edit.refused', { reason: r.detail ?? r.error })} />
      <SegmentForm
        key={JSON.stringify(segment)}
        segment={segment}
        index={index}
        count={segments.length}
        dayEnd={segments.at(-1)!.end}
        edit={edit}
        select={setSelected}
      />
      <ol className="edit-activities">
        {segment.activities.map((a, i) => (
          <ActivityEditor
            key={JSON.stringify(a)}
            segmentId={segment.id}
            activity={a}
            index={i}
            count={segment.activities.length}
            edit={edit}
          />
        ))}
      </ol>
      <button type="button" className="secondary" onClick={addActivity}>
        {t('edit.addActivity')}
      </button>
    </section>
  );
}

interface SegmentFormProps {
  segment: Segment;
  index: number;
  count: number;
  /** Where a new segment goes: after the last one, from which it can be moved. */
  dayEnd: string;
  edit: (change: AgendaEditInput) => void;
  select: (id: string) => void;
}

function SegmentForm({ segment, index, count, dayEnd, edit, select }: SegmentFormProps) {
  const t = useT();
  const segmentId = segment.id;
  const save = (form: FormData) =>
    edit({
      op: 'segment.update',
      segmentId,
      patch: {
        title: String(form.get('title')),
        start: planClock(String(form.get('start')), segment.start),
        end: planClock(String(form.get('end')), segment.end),
        config: readConfig(form, segment.config),
      },
    });
  function addAtEnd() {
    const id = newId('seg');
    const start = clockMinutes(dayEnd);
    edit({
      op: 'segment.add',
      index: count,
      segment: {
        id,
        kind: 'discussion',
        title: t('edit.newSegment'),
        start: formatPlanClock(Math.min(start, DAY_CLOCK_MAX - 15)),
        end: formatPlanClock(Math.min(start + 15, DAY_CLOCK_MAX)),
        config: {},
      },
    });
    select(id);
  }
  const move = (to: number) => edit({ op: 'segment.move', segmentId, index: to });
  return (
    <form action={save} className="edit-form edit-segment">
      <label>
        {t('edit.title')} <input name="title" defaultValue={segment.title} maxLength={120} required />
      </label>
      <label>
        {t('edit.start')}{' '}
        <input name="start" type="time" defaultValue={formatClock(clockMinutes(segment.start))} required />
      </label>
      <label>
        {t('edit.end')} <input name="end" type="time" defaultValue={formatClock(clockMinutes(segment.end))} required />
      </label>
      <ConfigFields config={segment.config} />
      <div className="edit-actions">
        <button type="submit">{t('edit.save')}</button>
        <MoveButtons
          index={index}
          count={count}
          move={move}
          remove={() => edit({ op: 'segment.remove', segmentId })}
          keepOne
        />
        <button type="button" className="secondary" onClick={addAtEnd}>
          {t('edit.addSegment')}
        </button>
      </div>
    </form>
  );
}
