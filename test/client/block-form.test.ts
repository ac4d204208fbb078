/**
 * The builder's block form read back: what a facilitator types becomes the block it saves, and
 * every field that cannot be saved is named with its reason before a save (table-driven).
 */
import { describe, expect, it } from 'vitest';
import { readBlock } from '../../client/src/features/design/block-form.ts';
import type { Segment } from '../../shared/model.ts';
import { Segment as SegmentSchema } from '../../shared/schemas/agenda.ts';

const BEFORE: Segment = SegmentSchema.parse({
  id: 'panel',
  kind: 'talks',
  title: 'Panel',
  start: '10:00',
  end: '11:00',
  speakers: [{ name: 'Rudy Dalvai', organisation: 'WFTO' }],
  activities: [
    { id: 'talk', title: 'Talk', minutes: 20, config: { boardIds: ['q'], mode: 'open' } },
    { id: 'qa', title: 'Q&A', minutes: 25, config: { view: 'qa' } },
  ],
  config: {},
});

/** The form as the builder renders it for BEFORE, with `changes` typed over it. */
function form(changes: Record<string, string | string[]> = {}): FormData {
  const fields: Record<string, string | string[]> = {
    title: 'Panel',
    kind: 'talks',
    start: '10:00',
    end: '11:00',
    format: '',
    moderator: '',
    speakerName: ['Rudy Dalvai', ''],
    speakerOrganisation: ['WFTO', ''],
    points: '',
    activity: ['talk', 'qa'],
    'talk.title': 'Talk',
    'talk.minutes': '20',
    'talk.prompt': '',
    'talk.boards': ['q'],
    'talk.mode': 'open',
    'talk.vote': '0',
    'talk.timer': '',
    'talk.view': 'board',
    'talk.remote': 'on',
    'qa.title': 'Q&A',
    'qa.minutes': '25',
    'qa.prompt': '',
    'qa.mode': '',
    'qa.vote': '0',
    'qa.timer': '',
    'qa.view': 'qa',
    'qa.remote': 'on',
    'block.mode': '',
    'block.vote': '0',
    'block.timer': '',
    'block.view': 'board',
    'block.remote': 'on',
    ...changes,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

describe('the builder’s block form', () => {
  it('reads the untouched form back as the block it shows', () => {
    const { segment, problems } = readBlock(form(), BEFORE);
    expect(problems).toEqual({});
    expect(segment).toEqual(BEFORE);
  });

  it.each([
    [
      'a new title and kind',
      { title: ' Roundtable ', kind: 'discussion' },
      { title: 'Roundtable', kind: 'discussion' },
    ],
    ['new times', { start: '10:15', end: '11:30' }, { start: '10:15', end: '11:30' }],
    [
      'a second speaker with an organisation; an empty row is ignored',
      { speakerName: ['Rudy Dalvai', 'Ana Reyes', ''], speakerOrganisation: ['WFTO', 'CLAC', ''] },
      {
        speakers: [
          { name: 'Rudy Dalvai', organisation: 'WFTO', topic: '' },
          { name: 'Ana Reyes', organisation: 'CLAC', topic: '' },
        ],
      },
    ],
    [
      'discussion points, one per line, blank lines dropped',
      { points: 'Prices\n\n  Transport  \n' },
      { discussionPoints: ['Prices', 'Transport'] },
    ],
    ['the activities in the order of the form', { activity: ['qa', 'talk'] }, { activityIds: ['qa', 'talk'] }],
    ['an activity left out of the form is removed', { activity: ['qa'] }, { activityIds: ['qa'] }],
    [
      'a talk’s own speaker, under the activity’s names; the block’s speakers stay',
      { 'talk.speakerName': ['Ana Reyes', ''], 'talk.speakerOrganisation': ['CLAC', ''] },
      {
        speakers: [{ name: 'Rudy Dalvai', organisation: 'WFTO', topic: '' }],
        talkSpeakers: [{ name: 'Ana Reyes', organisation: 'CLAC', topic: '' }],
      },
    ],
  ])('%s', (_what, changes, expected) => {
    const { segment, problems } = readBlock(form(changes), BEFORE);
    expect(problems).toEqual({});
    const { activityIds, talkSpeakers, ...fields } = expected as Partial<Segment> & {
      activityIds?: string[];
      talkSpeakers?: Segment['speakers'];
    };
    expect(segment).toMatchObject(fields);
    if (activityIds) expect(segment.activities.map((a) => a.id)).toEqual(activityIds);
    if (talkSpeakers) expect(segment.activities.find((a) => a.id === 'talk')!.speakers).toEqual(talkSpeakers);
  });

  it('reads each activity’s minutes, prompt and configuration under its own names', () => {
    const { segment } = readBlock(
      form({ 'talk.minutes': '12.5', 'talk.prompt': 'Three ideas', 'talk.vote': '3', 'qa.mode': 'locked' }),
      BEFORE,
    );
    expect(segment.activities[0]).toMatchObject({ minutes: 12.5, prompt: 'Three ideas' });
    expect(segment.activities[0]!.config).toMatchObject({ vote: { budget: 3, allowStacking: false }, boardIds: ['q'] });
    expect(segment.activities[1]!.config).toMatchObject({ mode: 'locked', view: 'qa', boardIds: [] });
  });

  it.each([
    ['an empty title', { title: '  ' }, { title: 'required' }],
    ['a time that is not HH:MM', { start: '9h', end: '' }, { start: 'time', end: 'time' }],
    [
      'an organisation without a name',
      { speakerName: ['', ''], speakerOrganisation: ['WFTO', ''] },
      { 'speakerName.0': 'speakerName' },
    ],
    [
      '13 discussion points',
      { points: Array.from({ length: 13 }, (_, i) => `Point ${i}`).join('\n') },
      { points: 'tooMany' },
    ],
    ['a point over 500 characters', { points: 'x'.repeat(501) }, { points: 'tooLong' }],
    ['an activity without a title', { 'qa.title': '' }, { 'qa.title': 'required' }],
    [
      'a talk’s speaker with an organisation but no name',
      { 'talk.speakerName': [''], 'talk.speakerOrganisation': ['CLAC'] },
      { 'talk.speakerName.0': 'speakerName' },
    ],
    ['no minutes', { 'talk.minutes': '' }, { 'talk.minutes': 'minutes' }],
    ['zero minutes', { 'talk.minutes': '0' }, { 'talk.minutes': 'minutes' }],
    ['more than a day', { 'talk.minutes': '1441' }, { 'talk.minutes': 'minutes' }],
    ['minutes that are not a number', { 'talk.minutes': 'ten' }, { 'talk.minutes': 'minutes' }],
    ['a prompt over 500 characters', { 'qa.prompt': 'y'.repeat(501) }, { 'qa.prompt': 'tooLong' }],
  ])('names the field and the reason: %s', (_what, changes, expected) => {
    expect(readBlock(form(changes), BEFORE).problems).toEqual(expected);
  });

  it('keeps a block re-planned past midnight on the next morning when retimed', () => {
    const late = { ...BEFORE, start: '24:30', end: '25:30' };
    expect(readBlock(form({ start: '00:45', end: '01:30' }), late).segment).toMatchObject({
      start: '24:45',
      end: '25:30',
    });
  });
});
