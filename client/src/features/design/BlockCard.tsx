/**
 * One block of the day in the builder: its times, kind, speakers with their organisations,
 * discussion points and activities, edited as one form and saved as one validated agenda edit.
 * Every keystroke re-reads the form, so the block's times and its activities' starts (and the
 * day's totals above) follow what is typed before anything is saved.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { BlockTimes, PlanConflict } from '../../../../shared/agenda-plan.ts';
import type { Result } from '../../../../shared/errors.ts';
import type { Activity, Segment } from '../../../../shared/model.ts';
import type { AgendaEditInput } from '../../../../shared/schemas/agenda-commands.ts';
import { clockMinutes, formatClock } from '../../../../shared/time.ts';
import { useT } from '../../i18n/t.ts';
import { newId } from '../../net/commands.ts';
import { ConfigFields } from '../agenda/ConfigFields.tsx';
import { MoveButtons } from '../agenda/MoveButtons.tsx';
import { activityField, type BlockDraft, readBlock, SEGMENT_KINDS } from './block-form.ts';
import { conflictText, durationText } from './conflicts.ts';
import { Problem } from './Problem.tsx';
import { SpeakerFields } from './SpeakerFields.tsx';

const BLOCK_LABELS = { up: 'design.blockUp', down: 'design.blockDown', remove: 'design.removeBlock' } as const;

export interface TypedBlock {
  /** The saved block the draft was typed over: a draft over an older version is stale. */
  base: Segment;
  segment: Segment;
  moveFollowing: boolean;
}

export interface BlockCardProps {
  segment: Segment;
  index: number;
  count: number;
  /** This block in the plan as typed (its own draft and those above it). */
  times: BlockTimes;
  conflicts: PlanConflict[];
  segments: readonly Segment[];
  onDraft(segmentId: string, draft: TypedBlock | null): void;
  edit(change: AgendaEditInput): Promise<Result<unknown>>;
}

export function BlockCard({ segment, index, count, times, conflicts, segments, onDraft, edit }: BlockCardProps) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<BlockDraft['problems']>({});
  const segmentId = segment.id;

  function read(): (BlockDraft & { moveFollowing: boolean }) | null {
    const el = form.current;
    if (!el) return null;
    const draft = readBlock(new FormData(el), segment);
    setProblems(draft.problems);
    const moveFollowing = (el.elements.namedItem('moveFollowing') as HTMLInputElement | null)?.checked ?? false;
    return { ...draft, moveFollowing };
  }
  function typed() {
    const draft = read();
    if (draft) onDraft(segmentId, { base: segment, segment: draft.segment, moveFollowing: draft.moveFollowing });
  }
  /** Saves the block as typed, its activities changed by `change` (a move, a removal, a new one). */
  async function save(change: (activities: Activity[]) => Activity[] = (a) => a) {
    const draft = read();
    if (!draft || Object.keys(draft.problems).length > 0) return;
    const { title, kind, start, end, format, moderator, speakers, discussionPoints, activities, config } =
      draft.segment;
    const patch = { title, kind, start, end, format, moderator, speakers, discussionPoints, config };
    const result = await edit({
      op: 'segment.update',
      segmentId,
      patch: { ...patch, activities: change(activities) },
      moveFollowing: draft.moveFollowing,
    });
    if (result.ok) onDraft(segmentId, null);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const move = (from: number, to: number) =>
    save((list) => {
      const next = [...list];
      const [a] = next.splice(from, 1);
      next.splice(to, 0, a!);
      return next;
    });
  const newActivity = (): Activity => ({
    id: `act-${newId().slice(0, 10)}`,
    title: t('edit.newActivity'),
    minutes: 5,
    prompt: '',
    speakers: [],
    config: { ...segment.config },
  });
  const problem = (name: string) => <Problem problem={problems[name]} />;
  const heading = `builder-block-${segmentId}`;

  return (
    <li className="builder-block" data-segment={segmentId} aria-labelledby={heading}>
      <form ref={form} onInput={typed} onSubmit={submit} noValidate>
        <header className="builder-block-head">
          <h3 id={heading}>
            <span className="builder-times" data-testid="block-times">
              {formatClock(times.start)}–{formatClock(times.end)}
            </span>{' '}
            {segment.title}
          </h3>
          <p className="builder-sums">
            {t('design.blockSums', {
              block: durationText(t, times.minutes),
              activities: durationText(t, times.activityMinutes),
            })}
          </p>
          {conflicts.length > 0 && (
            <ul className="builder-conflicts" role="status" data-testid="block-conflicts">
              {conflicts.map((c) => (
                <li key={c.kind}>{conflictText(t, c, segments)}</li>
              ))}
            </ul>
          )}
          <div className="edit-actions builder-block-moves">
            <MoveButtons
              index={index}
              count={count}
              move={(to) => edit({ op: 'segment.move', segmentId, index: to })}
              remove={() => edit({ op: 'segment.remove', segmentId })}
              keepOne
              labels={BLOCK_LABELS}
            />
          </div>
        </header>
        <div className="builder-fields">
          <label>
            {t('edit.title')} <input name="title" defaultValue={segment.title} maxLength={120} />
            {problem('title')}
          </label>
          <label>
            {t('design.kind')}{' '}
            <select name="kind" defaultValue={segment.kind}>
              {SEGMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`design.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('edit.start')} <input name="start" type="time" defaultValue={formatClock(clockMinutes(segment.start))} />
            {problem('start')}
          </label>
          <label>
            {t('edit.end')} <input name="end" type="time" defaultValue={formatClock(clockMinutes(segment.end))} />
            {problem('end')}
          </label>
          <label>
            {t('design.format')} <input name="format" defaultValue={segment.format} maxLength={120} />
          </label>
          <label>
            {t('design.moderator')} <input name="moderator" defaultValue={segment.moderator} maxLength={120} />
          </label>
        </div>
        <SpeakerFields speakers={segment.speakers} prefix="" problems={problems} />
        <label className="builder-points">
          {t('design.points')}
          <textarea name="points" rows={3} defaultValue={segment.discussionPoints.join('\n')} />
          {problem('points')}
        </label>
        <details className="builder-config">
          <summary>{t('design.blockConfig')}</summary>
          <ConfigFields config={segment.config} prefix="block." />
        </details>
        <fieldset className="builder-activities-set">
          <legend>{t('design.activities')}</legend>
          <ol className="builder-activities">
            {segment.activities.map((a, k) => (
              <li key={a.id} className="builder-activity" data-activity={a.id}>
                <input type="hidden" name="activity" value={a.id} />
                <span className="builder-times">{formatClock(times.activities[k]?.start ?? times.start)}</span>
                <label>
                  {t('edit.title')} <input name={activityField(a.id, 'title')} defaultValue={a.title} maxLength={120} />
                  {problem(activityField(a.id, 'title'))}
                </label>
                <label>
                  {t('edit.minutes')}{' '}
                  <input
                    name={activityField(a.id, 'minutes')}
                    type="number"
                    min={1}
                    max={1440}
                    step="any"
                    size={4}
                    defaultValue={a.minutes}
                  />
                  {problem(activityField(a.id, 'minutes'))}
                </label>
                <label className="builder-prompt">
                  {t('design.prompt')}
                  <textarea name={activityField(a.id, 'prompt')} rows={2} defaultValue={a.prompt} />
                  {problem(activityField(a.id, 'prompt'))}
                </label>
                <SpeakerFields speakers={a.speakers} prefix={activityField(a.id, '')} problems={problems} />
                <details className="builder-config">
                  <summary>{t('edit.config')}</summary>
                  <ConfigFields config={a.config} prefix={`${a.id}.`} />
                </details>
                <div className="edit-actions">
                  <MoveButtons
                    index={k}
                    count={segment.activities.length}
                    move={(to) => move(k, to)}
                    remove={() => save((list) => list.filter((x) => x.id !== a.id))}
                  />
                </div>
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={() => save((list) => [...list, newActivity()])}>
            {t('edit.addActivity')}
          </button>
        </fieldset>
        <div className="edit-actions">
          <label className="inline">
            <input type="checkbox" name="moveFollowing" defaultChecked /> {t('design.moveFollowing')}
          </label>
        </div>
        <div className="edit-actions">
          <button type="submit" disabled={Object.keys(problems).length > 0}>
            {t('design.saveBlock')}
          </button>
        </div>
      </form>
    </li>
  );
}
