/** What the room's screens call breakout groups and say of them: names, rapporteurs, provenance, the overview's grid. */
import { describe, expect, it, vi } from 'vitest';
import type { Breakout, BreakoutGroup, NoteProvenance } from '../../shared/breakouts.ts';
import { breakoutFixture, groupFixture } from '../helpers/breakout-fixtures.ts';

// The locale store reads the browser's language on load; Node 20 has no `navigator`.
vi.stubGlobal('navigator', { language: 'en-GB' });
const { loadCatalog, translate } = await import('../../client/src/i18n/t.ts');
const { groupName } = await import('../../client/src/features/breakout-screens/group-name.ts');
const { mergedGroupName, provenanceLine } = await import('../../client/src/features/breakout-screens/provenance.ts');
const { rapporteurLine } = await import('../../client/src/features/breakout-screens/rapporteur.ts');
const { reportedGroup } = await import('../../client/src/features/breakout-screens/reported-group.ts');
const { cardGrid } = await import('../../client/src/screens/projector/card-grid.ts');

await loadCatalog('en');
await loadCatalog('fr');
const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);

const group = (id: string, name: string, more: Partial<BreakoutGroup> = {}) => groupFixture(id, { name, ...more });
const breakout = (groups: BreakoutGroup[], more: Partial<Breakout> = {}) =>
  breakoutFixture(groups, { status: 'merged', ...more });

describe('breakout groups on the room screens', () => {
  it.each([
    [{ name: '2', remote: false, table: null }, 'Group 2'],
    [{ name: 'R1', remote: true, table: null }, 'Remote group 1'],
    [{ name: '4', remote: false, table: '4' }, 'Table 4'],
    [{ name: 'Acacia', remote: false, table: 'Acacia' }, 'Acacia'],
    [{ name: 'Coop corner', remote: false, table: null }, 'Coop corner'],
  ])('names %o "%s"', (g, expected) => {
    expect(groupName(en, g)).toBe(expected);
  });

  it('names a table in French as French says it', () => {
    expect(groupName((k, v) => translate('fr', k, v), { name: '4', remote: false, table: '4' })).toBe('Table n° 4');
  });

  it.each([
    [{ rapporteurId: null, rapporteurName: null }, 'No rapporteur yet'],
    [{ rapporteurId: 'p1', rapporteurName: 'Amina Diallo' }, 'Rapporteur: Amina Diallo'],
    [{ rapporteurId: 'p1', rapporteurName: null }, 'Rapporteur chosen'],
    [{ rapporteurId: 'p1', rapporteurName: '' }, 'Rapporteur chosen'],
  ])('says the rapporteur of %o as "%s"', (g, expected) => {
    expect(rapporteurLine(en, g)).toBe(expected);
  });

  const groups = [group('bk-g1', '1'), group('bk-g2', '2'), group('bk-g3', 'R1', { remote: true })];
  const source = (groupId: string, groupName: string) => ({ groupId, groupName, noteId: `n-${groupId}`, text: 'x' });
  it.each([
    [[source('bk-g2', '2')], 'From: Group 2'],
    [[source('bk-g1', '1'), source('bk-g3', 'R1')], 'Combined from 2 notes: Group 1, Remote group 1'],
    // Two notes of one group said the same: the group is named once, the notes are counted.
    [[source('bk-g1', '1'), source('bk-g1', '1'), source('bk-g2', '2')], 'Combined from 3 notes: Group 1, Group 2'],
  ])('says where a merged note came from (%#)', (sources, expected) => {
    const p: NoteProvenance = { breakoutId: 'bk', sources };
    expect(provenanceLine(en, p, { bk: breakout(groups) })).toBe(expected);
  });

  it('falls back to the bare name when the breakout is gone, and finds a cluster by its group name', () => {
    expect(provenanceLine(en, { breakoutId: 'gone', sources: [source('x', '7')] }, {})).toBe('From: Group 7');
    expect(mergedGroupName(en, 'R1', { bk: breakout(groups) })).toBe('Remote group 1');
    expect(mergedGroupName(en, 'Elsewhere', { bk: breakout(groups) })).toBe('Elsewhere');
  });

  it('reports back on the group at reportIndex, with its points only, and on the last one should groups go', () => {
    const points = [
      { noteId: 'a', groupId: 'bk-g1', text: 'A', plusOnes: 0 },
      { noteId: 'b', groupId: 'bk-g2', text: 'B', plusOnes: 2 },
    ];
    expect(reportedGroup(breakout(groups, { reportIndex: 1, points }))).toEqual({
      index: 1,
      group: groups[1],
      points: [points[1]],
    });
    expect(reportedGroup(breakout(groups, { reportIndex: 9 }))?.index).toBe(2);
    expect(reportedGroup(breakout([]))).toBeNull();
  });

  it.each([
    [1, { rows: 1, columns: 1 }],
    [3, { rows: 1, columns: 3 }],
    [4, { rows: 1, columns: 4 }],
    [5, { rows: 2, columns: 3 }],
    [8, { rows: 2, columns: 4 }],
    [12, { rows: 3, columns: 4 }],
    [20, { rows: 5, columns: 4 }],
  ])('lays %i group cards out as %o', (n, expected) => {
    expect(cardGrid(n)).toEqual(expected);
  });
});
