/** Who sits where: each assignment rule, remote participants, and late joiners, without a network. */
import { describe, expect, it } from 'vitest';
import type { BreakoutPlan } from '../../shared/breakouts.ts';
import { placeLate, planGroups, type GroupDraft, type Seat } from '../../server/domain/breakout-assign.ts';

const seat = (
  id: string,
  organisation: string,
  attendance: 'room' | 'remote' = 'room',
  table: string | null = null,
): Seat => ({
  id,
  organisation,
  attendance,
  table,
});
const plan = (p: Partial<BreakoutPlan>): BreakoutPlan => ({
  count: null,
  size: null,
  rule: 'balanced',
  remote: 'own',
  ...p,
});
const members = (groups: GroupDraft[]) => groups.map((g) => g.memberIds);
const orgsOf = (g: GroupDraft, people: Seat[]) =>
  g.memberIds.map((id) => people.find((p) => p.id === id)!.organisation);

/** Twelve in the room from four organisations (three each), four remote from two. */
const ROOM = Array.from({ length: 12 }, (_, i) =>
  seat(`p${String(i + 1).padStart(2, '0')}`, `Org ${'ABCD'[Math.floor(i / 3)]}`),
);
const REMOTE = Array.from({ length: 4 }, (_, i) => seat(`r${i + 1}`, `Org ${'EF'[i % 2]}`, 'remote'));
const EVERYONE = [...ROOM, ...REMOTE];

describe('planGroups', () => {
  it('balanced: three groups of four, no organisation twice in a group, remote people in a group of their own', () => {
    const groups = planGroups(EVERYONE, plan({ count: 3 }), 1);
    expect(groups.map((g) => [g.name, g.remote, g.memberIds.length])).toEqual([
      ['1', false, 4],
      ['2', false, 4],
      ['3', false, 4],
      ['R1', true, 4],
    ]);
    for (const g of groups.slice(0, 3)) expect(new Set(orgsOf(g, EVERYONE)).size).toBe(4);
    expect(groups[3]!.memberIds.sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('balanced and mixed: remote people spread over the room groups, one or two per group', () => {
    const groups = planGroups(EVERYONE, plan({ count: 3, remote: 'mixed' }), 1);
    expect(groups).toHaveLength(3);
    const remoteCounts = groups.map((g) => g.memberIds.filter((id) => id.startsWith('r')).length).sort();
    expect(remoteCounts).toEqual([1, 1, 2]);
    expect(groups.flatMap((g) => g.memberIds).sort()).toEqual(EVERYONE.map((p) => p.id).sort());
  });

  it('by size: groups of five make three groups of twelve', () => {
    expect(planGroups(ROOM, plan({ size: 5 }), 1).map((g) => g.memberIds.length)).toEqual([4, 4, 4]);
  });

  it('random: the same seed deals the same groups, another seed others; sizes differ by one at most', () => {
    const a = planGroups(ROOM, plan({ count: 5, rule: 'random' }), 42);
    expect(members(planGroups(ROOM, plan({ count: 5, rule: 'random' }), 42))).toEqual(members(a));
    expect(members(planGroups(ROOM, plan({ count: 5, rule: 'random' }), 43))).not.toEqual(members(a));
    expect(a.map((g) => g.memberIds.length)).toEqual([3, 3, 2, 2, 2]);
  });

  it('table: one group per table named, in numeric order; people without a table fill the smallest', () => {
    const people = [
      seat('a', 'X', 'room', '10'),
      seat('b', 'Y', 'room', '2'),
      seat('c', 'Z', 'room', '2'),
      seat('d', 'W'),
    ];
    const groups = planGroups(people, plan({ rule: 'table' }), 1);
    expect(groups.map((g) => [g.name, g.table, g.memberIds])).toEqual([
      ['2', '2', ['b', 'c']],
      ['10', '10', ['a', 'd']],
    ]);
  });

  it('hand: the groups are made, nobody is seated', () => {
    expect(members(planGroups(EVERYONE, plan({ count: 2, rule: 'hand' }), 1))).toEqual([[], [], []]);
  });
});

describe('placeLate', () => {
  const groups = planGroups(EVERYONE, plan({ count: 3 }), 1);
  const seats = new Map(EVERYONE.map((p) => [p.id, p]));

  it.each([
    [
      'balanced: a newcomer of an organisation every group has goes to the first of the smallest',
      seat('n1', 'Org A'),
      plan({ count: 3 }),
      { kind: 'group', index: 0 },
    ],
    [
      'balanced: a remote newcomer joins the remote group',
      seat('n2', 'Org G', 'remote'),
      plan({ count: 3 }),
      { kind: 'group', index: 3 },
    ],
    [
      'hand: a newcomer waits for the facilitator',
      seat('n3', 'Org A'),
      plan({ count: 3, rule: 'hand' }),
      { kind: 'none' },
    ],
  ])('%s', (_, who, p, expected) => {
    expect(placeLate(groups, seats, who, p)).toEqual(expected);
  });

  it('random: a newcomer goes to the smallest group', () => {
    const dealt = planGroups(ROOM, plan({ count: 5, rule: 'random' }), 42);
    expect(
      placeLate(dealt, new Map(ROOM.map((p) => [p.id, p])), seat('n', 'Org A'), plan({ count: 5, rule: 'random' })),
    ).toEqual({
      kind: 'group',
      index: 2,
    });
  });

  it('table: a newcomer at a known table joins it; at a new table, a new group is made', () => {
    const tables = planGroups([seat('a', 'X', 'room', '1')], plan({ rule: 'table' }), 1);
    const p = plan({ rule: 'table' });
    expect(placeLate(tables, new Map(), seat('b', 'Y', 'room', '1'), p)).toEqual({ kind: 'group', index: 0 });
    expect(placeLate(tables, new Map(), seat('c', 'Y', 'room', '7'), p)).toEqual({
      kind: 'new',
      group: { name: '7', remote: false, table: '7', memberIds: ['c'] },
    });
  });

  it('a remote newcomer with no remote group yet gets one', () => {
    const roomOnly = planGroups(ROOM, plan({ count: 3 }), 1);
    expect(placeLate(roomOnly, seats, seat('z', 'Org Z', 'remote'), plan({ count: 3 }))).toEqual({
      kind: 'new',
      group: { name: 'R1', remote: true, table: null, memberIds: ['z'] },
    });
  });
});
