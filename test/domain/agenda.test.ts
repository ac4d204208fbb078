/** Live agenda edits: each op is applied and the whole agenda re-validated, or refused with a stable code. */
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/model.ts';
import { AgendaEdit, type AgendaEditInput } from '../../shared/schemas/agenda-commands.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { editAgenda } from '../../server/domain/agenda-edit.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import { enterStep } from '../../server/domain/steps.ts';

const fresh = () => initialState(loadTemplate('ilo-coop-2018'), 'TEST01', 'ILO');
const edit = (input: AgendaEditInput, s = fresh()) => editAgenda(s, AgendaEdit.parse(input), 0);
const agendaOf = (input: AgendaEditInput) => {
  const r = edit(input);
  if (!r.ok) throw new Error(`${r.error}: ${r.detail ?? ''}`);
  return r.value.value;
};
const ids = (a: Agenda) => a.segments.map((s) => `${s.id} ${s.start}-${s.end}`);
const activities = (a: Agenda, id: string) =>
  a.segments.find((s) => s.id === id)!.activities.map((x) => `${x.id}:${x.minutes}`);
const newSegment = {
  id: 'evening',
  kind: 'closing',
  title: 'Reception',
  start: '17:00',
  end: '18:00',
  config: {},
} as const;

describe('agenda edits', () => {
  it.each<[string, AgendaEditInput, (a: Agenda) => unknown, unknown]>([
    [
      'adds a segment at the end',
      { op: 'segment.add', index: 8, segment: newSegment },
      (a) => ids(a).at(-1),
      'evening 17:00-18:00',
    ],
    ['removes a segment', { op: 'segment.remove', segmentId: 'coffee-afternoon' }, (a) => a.segments.length, 7],
    [
      'retimes a segment',
      { op: 'segment.update', segmentId: 'closing', patch: { start: '16:40', end: '17:10' } },
      (a) => ids(a).at(-1),
      'closing 16:40-17:10',
    ],
    [
      'renames a segment (trimmed)',
      { op: 'segment.update', segmentId: 'lunch', patch: { title: '  Lunch  ' } },
      (a) => a.segments[4]!.title,
      'Lunch',
    ],
    [
      'moves a segment and lays the day out again',
      { op: 'segment.move', segmentId: 'coffee-morning', index: 3 },
      (a) => ids(a).slice(1, 4),
      ['session-1 09:30-11:00', 'session-2 11:00-12:30', 'coffee-morning 12:30-13:00'],
    ],
    [
      'adds an activity',
      {
        op: 'activity.add',
        segmentId: 'coffee-afternoon',
        index: 0,
        activity: { id: 'stretch', title: 'Stretch', minutes: 5, config: {} },
      },
      (a) => activities(a, 'coffee-afternoon'),
      ['stretch:5'],
    ],
    [
      'removes an activity',
      { op: 'activity.remove', segmentId: 'session-3', activityId: 's3-grouping' },
      (a) => activities(a, 'session-3').length,
      5,
    ],
    [
      'moves an activity',
      { op: 'activity.move', segmentId: 'opening', activityId: 'opening-expectations', index: 0 },
      (a) => activities(a, 'opening'),
      ['opening-expectations:15', 'opening-welcome:15'],
    ],
    [
      'retimes an activity within its segment',
      { op: 'activity.update', segmentId: 'session-3', activityId: 's3-roles', patch: { minutes: 20 } },
      (a) => activities(a, 'session-3')[4],
      's3-roles:20',
    ],
    [
      'changes what entering an activity does',
      {
        op: 'activity.update',
        segmentId: 'session-3',
        activityId: 's3-framing',
        patch: { config: { boardIds: ['challenges'], mode: 'open', vote: { budget: 3, allowStacking: true } } },
      },
      (a) => a.segments[5]!.activities[0]!.config,
      {
        boardIds: ['challenges'],
        mode: 'open',
        vote: { budget: 3, allowStacking: true },
        timerMinutes: null,
        view: 'board',
        remoteWriting: true,
      },
    ],
  ])('%s', (_name, input, read, expected) => {
    expect(read(agendaOf(input))).toEqual(expected);
  });

  it.each<[string, AgendaEditInput, string]>([
    [
      'a segment that overlaps the next',
      { op: 'segment.update', segmentId: 'opening', patch: { end: '09:45' } },
      'invalid_agenda',
    ],
    [
      'a segment that ends before it starts',
      { op: 'segment.update', segmentId: 'closing', patch: { start: '16:50', end: '16:40' } },
      'invalid_agenda',
    ],
    [
      'activities longer than their segment',
      { op: 'activity.update', segmentId: 'session-3', activityId: 's3-roles', patch: { minutes: 40 } },
      'invalid_agenda',
    ],
    [
      'a segment shortened below its activities',
      { op: 'segment.update', segmentId: 'opening', patch: { end: '09:20' } },
      'invalid_agenda',
    ],
    [
      'a duplicate id',
      {
        op: 'activity.add',
        segmentId: 'lunch',
        index: 0,
        activity: { id: 's3-framing', title: 'Again', minutes: 5, config: {} },
      },
      'invalid_agenda',
    ],
    [
      'a step using a board that does not exist',
      { op: 'segment.update', segmentId: 'lunch', patch: { config: { boardIds: ['nope'] } } },
      'invalid_agenda',
    ],
    ['an unknown segment', { op: 'segment.remove', segmentId: 'nope' }, 'not_found'],
    ['an unknown activity', { op: 'activity.remove', segmentId: 'session-3', activityId: 'nope' }, 'not_found'],
  ])('refuses %s', (_name, input, error) => {
    expect(edit(input)).toMatchObject({ ok: false, error });
  });

  it('refuses to remove the step the room is in', () => {
    const r = enterStep(fresh(), { segmentId: 'session-3', activityId: 's3-grouping' }, 0);
    if (!r.ok) throw new Error(r.error);
    expect(
      edit({ op: 'activity.remove', segmentId: 'session-3', activityId: 's3-grouping' }, r.value.state),
    ).toMatchObject({ ok: false, error: 'conflict' });
    expect(edit({ op: 'segment.remove', segmentId: 'session-3' }, r.value.state)).toMatchObject({
      ok: false,
      error: 'conflict',
    });
  });

  it.each([
    ['an over-long title', { op: 'segment.update', segmentId: 'lunch', patch: { title: 'x'.repeat(121) } }],
    [
      'a negative duration',
      { op: 'activity.update', segmentId: 'session-3', activityId: 's3-roles', patch: { minutes: -5 } },
    ],
    ['a time that is not HH:MM', { op: 'segment.update', segmentId: 'lunch', patch: { start: '48:00' } }],
    ['an unknown field', { op: 'segment.update', segmentId: 'lunch', patch: { colour: 'red' } }],
    ['an unknown op', { op: 'segment.explode', segmentId: 'lunch' }],
  ])('rejects %s at the boundary', (_name, input) => {
    expect(AgendaEdit.safeParse(input).success).toBe(false);
  });
});
