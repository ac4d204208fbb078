/** The method library: every method complete in every language, and dropped into an agenda in one validated edit. */
import { describe, expect, it } from 'vitest';
import { methodLibrary, methodTemplate, METHOD_TEXTS } from '../../shared/methods/compose.ts';
import { METHOD_IDS, METHOD_LOCALES, METHODS, type MethodId } from '../../shared/methods/library.ts';
import { MethodAddInput, type MethodAddInput as MethodAdd } from '../../shared/schemas/design-commands.ts';
import { WorkshopTemplate } from '../../shared/schemas/template.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import { addMethod } from '../../server/domain/methods.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { enterStep } from '../../server/domain/steps.ts';

const blank = () => initialState(loadTemplate('blank'), 'TEST01', 'Blank');
const add = (s: WorkshopState, input: Partial<MethodAdd> & { methodId: MethodId }) =>
  addMethod(s, MethodAddInput.parse({ locale: 'en', segmentId: null, index: 40, ...input }), 0);
function added(s: WorkshopState, input: Partial<MethodAdd> & { methodId: MethodId }): WorkshopState {
  const r = add(s, input);
  if (!r.ok) throw new Error(`${r.error}: ${r.detail ?? ''}`);
  return r.value.state;
}
const times = (s: WorkshopState) => s.pub.room.agenda.segments.map((x) => `${x.id} ${x.start}-${x.end}`);

describe('the library', () => {
  it('has at least ten methods', () => expect(METHOD_IDS.length).toBeGreaterThanOrEqual(10));

  it.each(METHOD_IDS.flatMap((id) => METHOD_LOCALES.map((l) => [id, l] as const)))(
    '%s in %s: words for exactly its boards and steps, the same columns count in every language',
    (id, locale) => {
      const text = METHOD_TEXTS[locale][id];
      const method = METHODS[id];
      expect(Object.keys(text.boards).sort()).toEqual(method.boards.map((b) => b.key).sort());
      expect(Object.keys(text.steps).sort()).toEqual(method.steps.map((s) => s.key).sort());
      for (const b of method.boards)
        expect(text.boards[b.key]!.columns.length).toBe(METHOD_TEXTS.en[id].boards[b.key]!.columns.length);
      if (locale !== 'en') expect(text.summary).not.toBe(METHOD_TEXTS.en[id].summary);
      // A workshop made of the method alone is a valid template.
      expect(
        WorkshopTemplate.safeParse(methodTemplate(id, locale, { date: '2026-03-02', timezone: 'UTC' })).success,
      ).toBe(true);
    },
  );

  it('lists each method with its length, steps and boards', () => {
    const lean = methodLibrary('fr').find((m) => m.id === 'lean-coffee')!;
    expect(lean).toMatchObject({ name: 'Lean Coffee', minutes: 40, kind: 'discussion' });
    expect(lean.steps.map((s) => s.minutes)).toEqual([6, 4, 30]);
    expect(lean.boards[0]!.columns).toEqual(['À discuter', 'En discussion', 'Discuté']);
  });
});

describe('dropping a method into the agenda', () => {
  it('as a block of its own at the end: starts where the day ended, with its boards', () => {
    const s = added(blank(), { methodId: 'start-stop-continue', locale: 'es' });
    expect(times(s)).toEqual(['session 09:00-10:00', 'start-stop-continue 10:00-10:20']);
    expect(s.pub.boards['start-stop-continue']).toMatchObject({
      columns: ['Empezar', 'Dejar', 'Continuar'],
      mode: 'locked',
    });
    const block = s.pub.room.agenda.segments[1]!;
    expect(block.title).toBe('Empezar, Dejar, Continuar');
    expect(block.activities.map((a) => [a.id, a.config.mode, a.config.vote?.budget ?? null])).toEqual([
      ['start-stop-continue-write', 'private', null],
      ['start-stop-continue-reveal', null, null],
      ['start-stop-continue-vote', 'locked', 3],
    ]);
  });

  it('as a block in the middle: the later blocks make room', () => {
    const s = added(blank(), { methodId: 'world-cafe', index: 0 });
    expect(times(s)).toEqual(['world-cafe 09:00-10:00', 'session 10:00-11:00']);
  });

  it('into a block that is long enough: its activities, the block as it was', () => {
    const s = added(blank(), { methodId: 'swot', segmentId: 'session', index: 0 });
    expect(times(s)).toEqual(['session 09:00-10:00']);
    expect(s.pub.room.agenda.segments[0]!.activities.map((a) => a.minutes)).toEqual([10, 10]);
  });

  it('into a block too short: it grows and the blocks after it move, keeping the gap', () => {
    let s = added(blank(), { methodId: 'dot-voting' }); // session 09:00-10:00, dot-voting 10:00-10:15
    s = added(s, { methodId: 'roti' }); // roti 10:15-10:20
    s = added(s, { methodId: 'lean-coffee', segmentId: 'dot-voting', index: 3 }); // 15 + 40 minutes
    expect(times(s)).toEqual(['session 09:00-10:00', 'dot-voting 10:00-10:55', 'roti 10:55-11:00']);
  });

  it('twice: new ids for the second one, never the first one’s', () => {
    let s = added(blank(), { methodId: 'one-two-four-all' });
    s = added(s, { methodId: 'one-two-four-all' });
    expect(times(s).slice(1)).toEqual(['one-two-four-all 10:00-10:12', 'one-two-four-all-2 10:12-10:24']);
    expect(Object.keys(s.pub.boards)).toEqual(['notes', 'one-two-four-all', 'one-two-four-all-2']);
    expect(s.pub.room.agenda.segments[2]!.activities.map((a) => a.id)).toEqual([
      'one-two-four-all-one-2',
      'one-two-four-all-two-2',
      'one-two-four-all-four-2',
      'one-two-four-all-all-2',
    ]);
  });

  it('the review of expectations works on the opening’s expectations board', () => {
    let s = added(blank(), { methodId: 'expectations', index: 0 });
    s = added(s, { methodId: 'expectations-review' });
    const review = s.pub.room.agenda.segments.at(-1)!;
    expect(review.activities[0]!.config.boardIds).toEqual(['expectations']);
    expect(Object.keys(s.pub.boards)).toEqual(['notes', 'expectations']);
    expect(s.pub.expectationReviews.expectations).toMatchObject({ status: 'idle' });
  });

  it('a roles matrix comes with its (empty) rows', () => {
    const s = added(blank(), { methodId: 'roles-matrix' });
    expect(s.pub.roleMatrices['roles-matrix']).toEqual({ boardId: 'roles-matrix', organisations: [] });
  });

  it.each<[string, (s: WorkshopState) => WorkshopState, Partial<MethodAdd> & { methodId: MethodId }, string]>([
    ['a block that does not exist', (s) => s, { methodId: 'swot', segmentId: 'nope' }, 'not_found'],
    [
      'past the twelfth board',
      (s) => Array.from({ length: 11 }).reduce<WorkshopState>((x) => added(x, { methodId: 'roti' }), s),
      { methodId: 'swot' },
      'limit_reached',
    ],
    [
      'past the plan’s last minute',
      (s) => ({
        ...s,
        pub: {
          ...s.pub,
          room: {
            ...s.pub.room,
            agenda: { segments: [{ ...s.pub.room.agenda.segments[0]!, start: '46:30', end: '47:30' }] },
          },
        },
      }),
      { methodId: 'world-cafe' },
      'invalid_agenda',
    ],
  ])('refused, nothing changed: %s', (_name, setUp, input, error) => {
    const s = setUp(blank());
    expect(add(s, input)).toMatchObject({ ok: false, error });
  });

  it('during the day: a re-plan (the original plan is kept first), the live step stays', () => {
    const live = enterStep(blank(), { segmentId: 'session', activityId: null }, 1000);
    if (!live.ok) throw new Error(live.error);
    const s = added(live.value.state, { methodId: 'roti' });
    expect(s.pub.room.originalPlan).not.toBeNull();
    expect(s.pub.room.live.segmentId).toBe('session');
  });
});
