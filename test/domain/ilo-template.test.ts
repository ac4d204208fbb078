/** The built-in template against the concept note's tentative agenda. */
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES, contentTexts, WorkshopTemplate } from '../../shared/schemas/template.ts';
import { editAgenda } from '../../server/domain/agenda-edit.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { enterStep } from '../../server/domain/steps.ts';
import { copyBoardId } from '../../shared/breakouts.ts';
import { BreakoutPlan } from '../../shared/schemas/breakout-plan.ts';
import { ILO_GROUP_PLAN, ILO_GROUP_STEPS, iloCoop2018 } from '../../shared/templates/ilo-coop-2018.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { venueTimeToInstant } from '../../shared/time.ts';

const ilo = loadTemplate('ilo-coop-2018');
const segment = (id: string) => {
  const s = ilo.agenda.segments.find((x) => x.id === id);
  if (!s) throw new Error(`no segment ${id}`);
  return s;
};

describe('ILO template (concept note, 12 June 2018, Geneva)', () => {
  it('is dated and placed as the concept note says', () => {
    expect(ilo.date).toBe('2018-06-12');
    expect(ilo.timezone).toBe('Europe/Zurich');
    expect(ilo.venue).toContain('Room VI (R3 South)');
    expect(ilo.title).toContain(
      'cooperation and trade between cooperatives and other SSE organizations for decent work',
    );
  });

  it.each([
    ['opening', 'opening', '09:00', '09:30', 'Opening session: Setting the scene and aligning expectations'],
    ['session-1', 'talks', '09:30', '11:00', 'Session 1: Sharing coop-to-coop trade experiences'],
    ['coffee-morning', 'break', '11:00', '11:30', 'Coffee Break'],
    [
      'session-2',
      'talks',
      '11:30',
      '13:00',
      'Session 2: Identifying challenges and opportunities for coop-to-coop trade',
    ],
    ['lunch', 'break', '13:00', '14:30', 'Lunch break'],
    [
      'session-3',
      'discussion',
      '14:30',
      '16:00',
      'Session 3: Discussing our roles and strategies for expanding coop-to-coop trade',
    ],
    ['coffee-afternoon', 'break', '16:00', '16:30', 'Coffee break'],
    ['closing', 'closing', '16:30', '17:00', 'Closing session: Reflecting on achieved expectations and future steps'],
  ])('segment %s is a %s from %s to %s', (id, kind, start, end, title) => {
    const s = segment(id);
    expect([s.kind, s.start, s.end, s.title]).toEqual([kind, start, end, title]);
  });

  it('has exactly the agenda segments, in order', () => {
    expect(ilo.agenda.segments.map((s) => s.id)).toEqual([
      'opening',
      'session-1',
      'coffee-morning',
      'session-2',
      'lunch',
      'session-3',
      'coffee-afternoon',
      'closing',
    ]);
  });

  it.each([
    ['opening', [['Simel Esim', 'ILO COOP']]],
    [
      'session-1',
      [
        ['Rudy Dalvai', 'WFTO'],
        ['Thomas Roland', 'Coop Denmark'],
        ['Camilla Carabini', 'Coopermondo'],
      ],
    ],
    [
      'session-2',
      [
        ['Josie Rowe-Setz', 'Gender Research Alliance'],
        ['Yasuhiko Takasugi', 'JCCU'],
        ['Nihal Devagiri', 'ILO Colombo'],
      ],
    ],
  ])('%s has its speakers and organisations', (id, speakers) => {
    expect(segment(id).speakers.map((s) => [s.name, s.organisation])).toEqual(speakers);
  });

  it('names the moderator and formats of the sessions', () => {
    for (const id of ['session-1', 'session-2', 'session-3']) expect(segment(id).moderator).toBe('Erinch Sahan, WFTO');
    expect(segment('session-1').format).toBe('Presentations and Q&A');
    expect(segment('session-2').format).toBe('Presentations and Q&A');
    expect(segment('session-3').format).toBe('Group discussion');
  });

  it('carries the discussion points', () => {
    expect(segment('session-1').discussionPoints).toHaveLength(2);
    expect(segment('session-2').discussionPoints).toContain('How to upscale coop-to-coop trade?');
    expect(segment('session-3').discussionPoints[0]).toMatch(/intermediation, capacity-building and tools/);
  });

  it('splits Session 3 into timed activities that fill its 90 minutes', () => {
    const s3 = segment('session-3');
    expect(s3.activities.map((a) => a.id)).toEqual([
      's3-framing',
      's3-silent-writing',
      's3-grouping',
      's3-dot-vote',
      's3-roles',
      's3-commitments',
    ]);
    expect(s3.activities.reduce((n, a) => n + a.minutes, 0)).toBe(90);
  });

  it('opens Challenges and Opportunities privately for silent writing, and runs the dot vote', () => {
    const s3 = segment('session-3');
    const writing = s3.activities.find((a) => a.id === 's3-silent-writing')!;
    expect(writing.config.boardIds).toEqual(['challenges', 'opportunities']);
    expect(writing.config.mode).toBe('private');
    expect(s3.activities.find((a) => a.id === 's3-dot-vote')!.config.vote).toEqual({ budget: 5, allowStacking: false });
  });

  it('activities of every segment fit its planned length', () => {
    for (const s of ilo.agenda.segments) {
      if (s.activities.length === 0) continue;
      const planned =
        (venueTimeToInstant(ilo.date, s.end, ilo.timezone) - venueTimeToInstant(ilo.date, s.start, ilo.timezone)) /
        60_000;
      expect(
        s.activities.reduce((n, a) => n + a.minutes, 0),
        s.id,
      ).toBe(planned);
    }
  });

  it('has the boards the day needs', () => {
    expect(ilo.boards.map((b) => b.id).sort()).toEqual([
      'challenges',
      'expectations',
      'opportunities',
      'questions',
      'roles',
    ]);
    expect(ilo.boards.find((b) => b.id === 'roles')!.columns).toEqual([
      'Intermediation',
      'Capacity building',
      'Tools',
      'Finance',
      'Market access',
      'Evidence and research',
    ]);
  });

  it('places 09:00 in Geneva at 07:00 UTC (CEST)', () => {
    expect(new Date(venueTimeToInstant(ilo.date, '09:00', ilo.timezone)).toISOString()).toBe(
      '2018-06-12T07:00:00.000Z',
    );
  });

  it('a blank template parses too', () => {
    expect(loadTemplate('blank').agenda.segments).toHaveLength(1);
  });
});

describe('the ILO template in the room’s other languages', () => {
  it.each(CONTENT_LOCALES)('translates every title, prompt, column and discussion point into %s', (locale) => {
    const missing = contentTexts(ilo).filter((text) => !ilo.translations[locale]?.[text]?.trim());
    expect(missing).toEqual([]);
  });

  it('refuses a translation of a text the template does not have', () => {
    const withStray = { ...iloCoop2018, translations: { fr: { 'Not in the template': 'Pas dans le modèle' } } };
    expect(WorkshopTemplate.safeParse(withStray).success).toBe(false);
  });
});

describe('Session 3 in breakout groups: offered, off until the facilitator switches it on', () => {
  const steps = ilo.agenda.segments.flatMap((seg) => seg.activities.map((a) => ({ seg, a })));

  it('offers it on the writing, grouping and roles steps (groups: null), on no other step', () => {
    const offering = steps.filter(({ a }) => a.config.groups !== undefined);
    expect(offering.map(({ seg, a }) => [seg.id, a.id, a.config.groups])).toEqual([
      ['session-3', 's3-silent-writing', null],
      ['session-3', 's3-grouping', null],
      ['session-3', 's3-roles', null],
    ]);
    expect(offering.map(({ a }) => a.id)).toEqual([...ILO_GROUP_STEPS]);
    expect(ilo.agenda.segments.every((seg) => seg.config.groups === undefined)).toBe(true);
    expect(BreakoutPlan.parse(ILO_GROUP_PLAN)).toEqual(ILO_GROUP_PLAN);
  });

  /** The ILO workshop with the day's sixty people: 14 organisations, 12 of them remote. */
  function sixty(): WorkshopState {
    const s = initialState(ilo, 'TEST01', 'Test');
    const participants = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => {
        const id = `p${String(i).padStart(2, '0')}`;
        const attendance = i % 5 === 4 ? ('remote' as const) : ('room' as const);
        return [id, { id, name: `P ${i}`, organisation: `Org ${i % 14}`, attendance, tokenHash: `h${i}`, joinedAt: i }];
      }),
    );
    return { ...s, priv: { ...s.priv, participants } };
  }
  const switchedOn = (s: WorkshopState, activityId: string) => {
    const a = steps.find((x) => x.a.id === activityId)!.a;
    const patch = { config: { ...a.config, groups: ILO_GROUP_PLAN } };
    const edited = editAgenda(s, { op: 'activity.update', segmentId: 'session-3', activityId, patch }, 0);
    if (!edited.ok) throw new Error(edited.error);
    return edited.value.state;
  };
  const enter = (s: WorkshopState, activityId: string) => enterStep(s, { segmentId: 'session-3', activityId }, 1000);

  it('runs the step in plenary while off', () => {
    const entered = enter(sixty(), 's3-silent-writing');
    if (!entered.ok) throw new Error(entered.error);
    expect(entered.value.state.pub.breakouts).toEqual({});
    expect(entered.value.state.pub.room.activeBoardIds).toEqual(['challenges', 'opportunities']);
  });

  it('switched on by agenda:edit, entering writing starts 8 balanced tables and remote groups; grouping carries on', () => {
    let s = switchedOn(switchedOn(sixty(), 's3-silent-writing'), 's3-grouping');
    const writing = enter(s, 's3-silent-writing');
    if (!writing.ok) throw new Error(writing.error);
    s = writing.value.state;
    const b = Object.values(s.pub.breakouts)[0]!;
    expect(b.plan).toEqual(ILO_GROUP_PLAN);
    const room = b.groups.filter((g) => !g.remote);
    expect(room).toHaveLength(8);
    expect(room.every((g) => g.memberIds.length >= 6 && g.memberIds.length <= 7)).toBe(true);
    expect(b.groups.filter((g) => g.remote).flatMap((g) => g.memberIds)).toHaveLength(12);
    expect(b.groups.flatMap((g) => g.memberIds)).toHaveLength(60);
    const copies = b.groups.flatMap((g) => ['challenges', 'opportunities'].map((id) => copyBoardId(id, g.id)));
    expect(s.pub.room.activeBoardIds).toEqual(copies);
    const grouping = enter(s, 's3-grouping');
    if (!grouping.ok) throw new Error(grouping.error);
    expect(Object.keys(grouping.value.state.pub.breakouts)).toEqual([b.id]);
    expect(grouping.value.state.pub.room.activeBoardIds).toEqual(copies);
  });

  it("switched on for mapping roles, each table gets its own open roles matrix with its members' organisations", () => {
    const roles = enter(switchedOn(sixty(), 's3-roles'), 's3-roles');
    if (!roles.ok) throw new Error(roles.error);
    const s = roles.value.state;
    const b = Object.values(s.pub.breakouts)[0]!;
    expect(b.boardIds).toEqual(['roles']);
    expect(b.groups.filter((g) => !g.remote)).toHaveLength(8);
    const copies = b.groups.map((g) => copyBoardId('roles', g.id));
    expect(s.pub.room.activeBoardIds).toEqual(copies);
    for (const g of b.groups) {
      const copy = copyBoardId('roles', g.id);
      const organisations = [...new Set(g.memberIds.map((id) => s.priv.participants[id]!.organisation))];
      expect(s.pub.boards[copy]).toMatchObject({ kind: 'roles', mode: 'open' });
      expect(s.pub.roleMatrices[copy]!.organisations.sort()).toEqual(organisations.sort());
    }
  });
});
