/** The built-in template against the concept note's tentative agenda. */
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES, contentTexts, WorkshopTemplate } from '../../shared/schemas/template.ts';
import { iloCoop2018 } from '../../shared/templates/ilo-coop-2018.ts';
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
