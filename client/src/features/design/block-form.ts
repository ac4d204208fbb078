/**
 * A block of the day as the builder's form holds it while the facilitator types: the segment it
 * would save, and what is wrong with it field by field (the server refuses the same things, but
 * the builder says so before a save, next to the field). Pure: the tests read plain form values.
 */
import { LIMITS } from '../../../../shared/limits.ts';
import type { Activity, Segment, SegmentKind, Speaker } from '../../../../shared/model.ts';
import { type FormValues, planClock, readConfig } from '../agenda/form-values.ts';

export const SEGMENT_KINDS: readonly SegmentKind[] = ['opening', 'talks', 'break', 'discussion', 'closing'];

export type FieldProblem = 'required' | 'time' | 'minutes' | 'speakerName' | 'tooMany' | 'tooLong';

export interface BlockDraft {
  segment: Segment;
  /** Field name → what is wrong with it; empty when the block may be saved. */
  problems: Record<string, FieldProblem>;
}

const HHMM = /^\d{2}:\d{2}$/;
const text = (form: FormValues, name: string) => String(form.get(name) ?? '').trim();

/** Field names of activity `id`'s inputs: each activity's fields carry its id, so one form holds them all. */
export const activityField = (id: string, field: string) => `${id}.${field}`;

/**
 * Reads the block: title, kind, times, format, moderator, speakers (rows of name and
 * organisation; an empty row is ignored), discussion points (one per line) and the activities
 * (each with its own speakers, a talk's) in the order of their `activity` fields.
 */
export function readBlock(form: FormValues, before: Segment): BlockDraft {
  const problems: Record<string, FieldProblem> = {};
  const title = text(form, 'title');
  if (title === '') problems.title = 'required';
  const time = (name: 'start' | 'end') => {
    const typed = text(form, name);
    if (!HHMM.test(typed)) {
      problems[name] = 'time';
      return before[name];
    }
    return planClock(typed, before[name]);
  };
  const kind = SEGMENT_KINDS.find((k) => k === form.get('kind')) ?? before.kind;
  const speakers = readSpeakers(form, problems, '', before.speakers);
  const points = text(form, 'points')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (points.length > LIMITS.pointsMax) problems.points = 'tooMany';
  else if (points.some((p) => p.length > LIMITS.textMax)) problems.points = 'tooLong';
  const byId = new Map(before.activities.map((a) => [a.id, a]));
  const activities = form
    .getAll('activity')
    .map(String)
    .flatMap((id) => {
      const was = byId.get(id);
      return was ? [readActivity(form, was, problems)] : [];
    });
  return {
    segment: {
      ...before,
      title: title || before.title,
      kind,
      start: time('start'),
      end: time('end'),
      format: text(form, 'format'),
      moderator: text(form, 'moderator'),
      speakers,
      discussionPoints: points,
      activities,
      config: readConfig(form, before.config, 'block.'),
    },
    problems,
  };
}

/** The speaker rows whose field names start with `prefix`; a speaker kept by name keeps their topic. */
function readSpeakers(
  form: FormValues,
  problems: Record<string, FieldProblem>,
  prefix: string,
  before: readonly Speaker[],
): Speaker[] {
  const names = form.getAll(`${prefix}speakerName`).map((v) => String(v).trim());
  const organisations = form.getAll(`${prefix}speakerOrganisation`).map((v) => String(v).trim());
  const speakers: Speaker[] = [];
  for (const [i, name] of names.entries()) {
    const organisation = organisations[i] ?? '';
    if (name === '' && organisation === '') continue;
    if (name === '') problems[`${prefix}speakerName.${i}`] = 'speakerName';
    else speakers.push({ name, organisation, topic: before.find((s) => s.name === name)?.topic ?? '' });
  }
  if (speakers.length > LIMITS.speakersMax) problems[`${prefix}speakers`] = 'tooMany';
  return speakers;
}

function readActivity(form: FormValues, before: Activity, problems: Record<string, FieldProblem>): Activity {
  const field = (f: string) => activityField(before.id, f);
  const title = text(form, field('title'));
  if (title === '') problems[field('title')] = 'required';
  const typed = text(form, field('minutes'));
  const minutes = Number(typed);
  const valid = typed !== '' && Number.isFinite(minutes) && minutes > 0 && minutes <= LIMITS.minutesMax;
  if (!valid) problems[field('minutes')] = 'minutes';
  const prompt = text(form, field('prompt'));
  if (prompt.length > LIMITS.textMax) problems[field('prompt')] = 'tooLong';
  return {
    ...before,
    title: title || before.title,
    minutes: valid ? minutes : before.minutes,
    prompt,
    speakers: readSpeakers(form, problems, field(''), before.speakers),
    config: readConfig(form, before.config, `${before.id}.`),
  };
}
