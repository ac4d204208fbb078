/**
 * The agenda builder: the day laid out for preparing it, before the day or during it. Every
 * block is a form; what is typed is planned at once (the day's total, each block's start, its
 * activities' starts, the conflicts), and saved through the same validated agenda edits as the
 * live editor. Methods come in from the library, boards are created and shaped here.
 */
import { useState } from 'react';
import { planConflicts, planDay, withSegment } from '../../../../shared/agenda-plan.ts';
import type { Segment } from '../../../../shared/model.ts';
import type { AgendaEditInput } from '../../../../shared/schemas/agenda-commands.ts';
import { DAY_CLOCK_MAX, formatClock, formatPlanClock } from '../../../../shared/time.ts';
import { useT } from '../../i18n/t.ts';
import { newId } from '../../net/commands.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { BlockCard, type TypedBlock } from './BlockCard.tsx';
import { BoardsDesigner } from './BoardsDesigner.tsx';
import { durationText } from './conflicts.ts';
import { MethodPicker } from './MethodPicker.tsx';
import { WorkshopDetails } from './WorkshopDetails.tsx';
import './builder.css';

/** The agenda with every current draft in place, in the order of the day. */
function typedAgenda(segments: readonly Segment[], drafts: Record<string, TypedBlock>): Segment[] {
  return segments.reduce<Segment[]>(
    (day, s, i) => {
      const d = drafts[s.id];
      // A draft typed over a version someone has since changed is dropped: the form shows the new one.
      return d && d.base === s ? withSegment(day, i, d.segment, d.moveFollowing) : day;
    },
    [...segments],
  );
}

export function AgendaBuilder() {
  const t = useT();
  const segments = useWorkshop((s) => s.state?.room.agenda.segments);
  const [drafts, setDrafts] = useState<Record<string, TypedBlock>>({});
  const { run, refusal } = useCommand();
  if (!segments) return null;
  const typed = typedAgenda(segments, drafts);
  const plan = planDay(typed);
  const conflicts = planConflicts(typed);
  const edit = (change: AgendaEditInput) => run((c) => c.agenda.edit(change));
  const onDraft = (id: string, draft: TypedBlock | null) =>
    setDrafts(({ [id]: _, ...rest }) => (draft ? { ...rest, [id]: draft } : rest));
  const addBlock = () => {
    const start = plan.end;
    void edit({
      op: 'segment.add',
      index: segments.length,
      segment: {
        id: `seg-${newId().slice(0, 10)}`,
        kind: 'discussion',
        title: t('edit.newSegment'),
        start: formatPlanClock(Math.min(start, DAY_CLOCK_MAX - 30)),
        end: formatPlanClock(Math.min(start + 30, DAY_CLOCK_MAX)),
        config: {},
      },
    });
  };

  return (
    <section className="builder" aria-label={t('design.title')} data-testid="agenda-builder">
      <WorkshopDetails />
      <div className="builder-day" role="status" data-testid="day-totals">
        <p>
          {t('design.day', {
            start: formatClock(plan.start),
            end: formatClock(plan.end),
            span: durationText(t, plan.spanMinutes),
            blocks: durationText(t, plan.blockMinutes),
          })}
        </p>
        {conflicts.length > 0 && (
          <p className="builder-conflict-count">{t('design.conflicts', { count: conflicts.length })}</p>
        )}
      </div>
      <MethodPicker segments={segments} />
      <CommandError refusal={refusal} text={(r) => t('edit.refused', { reason: r.detail ?? r.error })} />
      <ol className="builder-blocks">
        {segments.map((s, i) => (
          <BlockCard
            key={JSON.stringify(s)}
            segment={s}
            index={i}
            count={segments.length}
            times={plan.blocks[i]!}
            conflicts={conflicts.filter((c) => c.segmentId === s.id)}
            segments={typed}
            onDraft={onDraft}
            edit={edit}
          />
        ))}
      </ol>
      <button type="button" className="secondary" onClick={addBlock}>
        {t('design.addBlock')}
      </button>
      <BoardsDesigner />
    </section>
  );
}
