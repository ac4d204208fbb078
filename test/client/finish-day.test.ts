/** When the facilitator's "Finish the day" shows: in the closing segment or after it. */
import { describe, expect, it } from 'vitest';
import { inClosingOrLater } from '../../client/src/features/agenda/current-step.ts';
import type { Agenda } from '../../shared/model.ts';
import { loadTemplate } from '../../shared/templates/index.ts';

const agenda = loadTemplate('ilo-coop-2018').agenda;
const live = (segmentId: string | null) => ({ segmentId, activityId: null, enteredAt: segmentId ? 0 : null });
const extra = { ...agenda.segments.at(-1)!, id: 'drinks', kind: 'break' as const, title: 'Drinks', activities: [] };
const withDrinks: Agenda = { segments: [...agenda.segments, extra] };
const noClosing: Agenda = { segments: agenda.segments.filter((s) => s.kind !== 'closing') };

describe('inClosingOrLater', () => {
  it.each([
    ['before the day starts', agenda, null, false],
    ['in Session 3', agenda, 'session-3', false],
    ['in the closing', agenda, 'closing', true],
    ['in a segment added after the closing', withDrinks, 'drinks', true],
    ['in the last segment of a day with no closing', noClosing, 'coffee-afternoon', true],
    ['before the last segment of a day with no closing', noClosing, 'session-3', false],
  ])('%s: %s', (_name, a, segmentId, expected) => {
    expect(inClosingOrLater(a, live(segmentId))).toBe(expected);
  });
});
