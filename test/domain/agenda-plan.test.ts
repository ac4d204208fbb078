/** The builder's arithmetic: block and activity times, the day's totals, conflicts, and retiming that keeps the gaps. */
import { describe, expect, it } from 'vitest';
import { planConflicts, planDay, shiftFrom, withSegment, type PlanConflict } from '../../shared/agenda-plan.ts';
import { Agenda } from '../../shared/schemas/agenda.ts';

/** `'09:00-10:00 [15,20]'`: a block from 09:00 to 10:00 with activities of 15 and 20 minutes. */
function day(...blocks: string[]) {
  return blocks.map((b, i) => {
    const [, start, end, acts] = /^(\S*)-(\S*)(?: \[(.*)\])?$/.exec(b)!;
    const minutes = acts ? acts.split(',').map(Number) : [];
    return {
      id: `s${i + 1}`,
      start: start!,
      end: end!,
      activities: minutes.map((m, k) => ({ id: `s${i + 1}a${k + 1}`, minutes: m })),
    };
  });
}

const times = (segments: ReturnType<typeof day>) => segments.map((s) => `${s.start}-${s.end}`);

describe('planDay', () => {
  it.each<[string, string[], { span: number; blocks: number; starts: string }]>([
    ['one block', ['09:00-10:00'], { span: 60, blocks: 60, starts: '' }],
    ['a lunch gap counts in the span only', ['09:00-12:00', '13:00-17:00'], { span: 480, blocks: 420, starts: '' }],
    ['activities back to back', ['09:00-10:00 [15,20,5]'], { span: 60, blocks: 60, starts: '540,555,575' }],
    ['fractional minutes', ['09:00-09:10 [2.5,2.5]'], { span: 10, blocks: 10, starts: '540,542.5' }],
    ['past midnight (a re-planned evening)', ['23:30-24:30 [30,30]'], { span: 60, blocks: 60, starts: '1410,1440' }],
    ['an empty day', [], { span: 0, blocks: 0, starts: '' }],
  ])('%s', (_name, blocks, want) => {
    const plan = planDay(day(...blocks));
    expect({
      span: plan.spanMinutes,
      blocks: plan.blockMinutes,
      starts: plan.blocks.flatMap((b) => b.activities.map((a) => a.start)).join(),
    }).toEqual(want);
  });
});

describe('planConflicts', () => {
  it.each<[string, string[], PlanConflict[]]>([
    ['none in a sound day', ['09:00-10:00 [30,30]', '10:00-10:30', '11:00-12:00'], []],
    [
      'an overlap, by how much',
      ['09:00-10:15', '10:00-11:00'],
      [{ kind: 'overlap', segmentId: 's2', previousId: 's1', minutes: 15 }],
    ],
    [
      'activities longer than their block',
      ['09:00-10:00 [40,30]'],
      [{ kind: 'overflow', segmentId: 's1', minutes: 10 }],
    ],
    [
      'a hair over is over',
      ['09:00-09:05 [2.5,2.6]'],
      [{ kind: 'overflow', segmentId: 's1', minutes: expect.closeTo(0.1) }],
    ],
    ['a block that ends when it starts', ['09:00-09:00'], [{ kind: 'inverted', segmentId: 's1' }]],
    ['a block that ends before it starts', ['10:00-09:00'], [{ kind: 'inverted', segmentId: 's1' }]],
    ['a time half typed', ['09:00-1'], [{ kind: 'invalid_time', segmentId: 's1' }]],
    ['past the plan’s last minute', ['47:00-48:10'], [{ kind: 'invalid_time', segmentId: 's1' }]],
    [
      'several, in the order of the day',
      ['09:00-10:00 [70]', '09:30-09:20'],
      [
        { kind: 'overflow', segmentId: 's1', minutes: 10 },
        { kind: 'inverted', segmentId: 's2' },
        { kind: 'overlap', segmentId: 's2', previousId: 's1', minutes: 30 },
      ],
    ],
  ])('%s', (_name, blocks, want) => {
    expect(planConflicts(day(...blocks))).toEqual(want);
  });

  it.each([
    ['09:00-10:00 [30,30]', '10:00-10:30'],
    ['09:00-10:15', '10:00-11:00'],
    ['09:00-10:00 [40,30]'],
    ['10:00-09:00'],
    ['23:00-24:00', '24:00-25:30 [90]'],
    ['09:00-09:30 [29.5]', '09:30-09:31'],
  ])('agrees with the agenda schema on %s', (...blocks) => {
    const segments = day(...blocks).map((s) => ({
      ...s,
      kind: 'discussion',
      title: s.id,
      config: {},
      activities: s.activities.map((a) => ({ ...a, title: a.id, config: {} })),
    }));
    const parsed = Agenda.safeParse({ segments });
    const fits = planDay(segments).blocks.every((b) => b.activities.length === 0 || b.activityMinutes <= b.minutes);
    expect(planConflicts(segments).length === 0).toBe(parsed.success && fits);
  });
});

describe('retiming', () => {
  it.each<[string, string[], number, string, boolean, string[]]>([
    [
      'a longer block moves the later ones, keeping the lunch gap',
      ['09:00-10:00', '10:00-12:00', '13:00-14:00'],
      0,
      '09:00-10:30',
      true,
      ['09:00-10:30', '10:30-12:30', '13:30-14:30'],
    ],
    [
      'a shorter block brings them forward',
      ['09:00-10:00', '10:00-11:00'],
      0,
      '09:00-09:45',
      true,
      ['09:00-09:45', '09:45-10:45'],
    ],
    [
      'without moving the others, an overlap stays for the builder to show',
      ['09:00-10:00', '10:00-11:00'],
      0,
      '09:00-10:20',
      false,
      ['09:00-10:20', '10:00-11:00'],
    ],
    [
      'a block moved whole moves the later ones by its end',
      ['09:00-10:00', '10:00-11:00', '11:00-12:00'],
      1,
      '10:15-11:15',
      true,
      ['09:00-10:00', '10:15-11:15', '11:15-12:15'],
    ],
    [
      'past the plan’s end is written out, for the schema to refuse',
      ['09:00-10:00', '47:00-47:30'],
      0,
      '09:00-11:00',
      true,
      ['09:00-11:00', '48:00-48:30'],
    ],
  ])('%s', (_name, blocks, index, retimed, moveFollowing, want) => {
    const segments = day(...blocks);
    const [start, end] = retimed.split('-') as [string, string];
    expect(times(withSegment(segments, index, { ...segments[index]!, start, end }, moveFollowing))).toEqual(want);
  });

  it('shifts the blocks from one on, earlier or later', () => {
    const segments = day('09:00-10:00', '10:00-11:00', '11:00-12:00');
    expect(times(shiftFrom(segments, 1, -30))).toEqual(['09:00-10:00', '09:30-10:30', '10:30-11:30']);
    expect(times(shiftFrom(segments, 0, 0))).toEqual(times(segments));
  });
});
