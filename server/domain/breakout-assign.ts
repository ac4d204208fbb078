/**
 * Who sits in which breakout group: by table, at random (seeded), balanced (organisations and
 * room/remote spread across the groups), or by hand. Pure: people in, groups out, so each rule
 * and the late joiner's placement are tested as tables of cases.
 */
import type { BreakoutPlan } from '../../shared/breakouts.ts';
import type { Attendance, ParticipantId } from '../../shared/model.ts';
import { mulberry32 } from '../../shared/seeded-random.ts';

/** What the rules know of a person. */
export interface Seat {
  id: ParticipantId;
  organisation: string;
  attendance: Attendance;
  table: string | null;
}

/** A group as the rules make it; the breakout gives it an id and its boards. */
export interface GroupDraft {
  name: string;
  remote: boolean;
  table: string | null;
  memberIds: ParticipantId[];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * The group a person joins among `groups` (indexes into it): the one with fewest people of their
 * organisation, then fewest of their attendance (room or remote), then the smallest, then the first.
 */
export function bestGroup(groups: readonly GroupDraft[], seats: ReadonlyMap<ParticipantId, Seat>, who: Seat): number {
  let best = -1;
  let bestScore: number[] = [];
  groups.forEach((g, i) => {
    const members = g.memberIds.flatMap((id) => seats.get(id) ?? []);
    const score = [
      members.filter((m) => m.organisation === who.organisation).length,
      members.filter((m) => m.attendance === who.attendance).length,
      members.length,
    ];
    if (best === -1 || before(score, bestScore)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Whether score `a` comes before `b`, comparing their first differing place. */
function before(a: readonly number[], b: readonly number[]): boolean {
  const k = a.findIndex((v, i) => v !== b[i]);
  return k !== -1 && a[k]! < b[k]!;
}

/** How many groups of `n` people the plan makes: its count, or enough groups of its size. */
function groupCount(plan: BreakoutPlan, n: number): number {
  if (plan.count !== null) return plan.count;
  return Math.max(1, Math.ceil(n / (plan.size ?? Math.max(1, n))));
}

function numbered(n: number, remote: boolean): GroupDraft[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${remote ? 'R' : ''}${i + 1}`,
    remote,
    table: null,
    memberIds: [],
  }));
}

/** People in the order the balanced rule seats them: the largest organisations first, so they spread widest. */
function balancedOrder(people: readonly Seat[]): Seat[] {
  const size = new Map<string, number>();
  for (const p of people) size.set(p.organisation, (size.get(p.organisation) ?? 0) + 1);
  return [...people].sort(
    (a, b) =>
      size.get(b.organisation)! - size.get(a.organisation)! ||
      collator.compare(a.organisation, b.organisation) ||
      collator.compare(a.id, b.id),
  );
}

/** Seats `people` into `groups` (mutated) by the rule; the hand rule seats nobody. */
function seat(groups: GroupDraft[], people: readonly Seat[], plan: BreakoutPlan, seed: number): void {
  if (plan.rule === 'hand' || groups.length === 0) return;
  const seats = new Map(people.map((p) => [p.id, p]));
  if (plan.rule === 'random') {
    // Dealt in turn after a seeded shuffle: sizes differ by one at most.
    shuffled(people, seed).forEach((p, i) => {
      groups[i % groups.length]!.memberIds.push(p.id);
    });
    return;
  }
  const rest: Seat[] = [];
  for (const p of people) {
    const table = plan.rule === 'table' && p.table !== null ? groups.find((g) => g.table === p.table) : undefined;
    if (table) table.memberIds.push(p.id);
    else rest.push(p);
  }
  for (const p of balancedOrder(rest)) groups[bestGroup(groups, seats, p)]!.memberIds.push(p.id);
}

/** The room's groups under the table rule: one per table people named, or numbered ones if nobody did. */
function tableGroups(people: readonly Seat[], plan: BreakoutPlan): GroupDraft[] {
  const tables = [...new Set(people.flatMap((p) => (p.table === null ? [] : [p.table])))].sort(collator.compare);
  if (tables.length === 0) return numbered(groupCount(plan, people.length), false);
  return tables.map((table) => ({ name: table, remote: false, table, memberIds: [] }));
}

/** Makes the groups of a breakout and seats everyone in them by the plan's rule. */
export function planGroups(people: readonly Seat[], plan: BreakoutPlan, seed: number): GroupDraft[] {
  const own = plan.remote === 'own';
  const room = own ? people.filter((p) => p.attendance === 'room') : [...people];
  const remote = own ? people.filter((p) => p.attendance === 'remote') : [];
  const roomGroups = plan.rule === 'table' ? tableGroups(room, plan) : numbered(groupCount(plan, room.length), false);
  seat(roomGroups, room, plan, seed);
  if (remote.length === 0) return roomGroups;
  // Remote groups are about as big as the room's.
  const size = plan.size ?? Math.max(2, Math.ceil(room.length / roomGroups.length));
  const remoteGroups = numbered(Math.max(1, Math.ceil(remote.length / size)), true);
  seat(remoteGroups, remote, { ...plan, rule: plan.rule === 'table' ? 'balanced' : plan.rule }, seed + 1);
  return [...roomGroups, ...remoteGroups];
}

/** Where a late joiner goes: an index into `groups`, a new group to add (their table, or a first remote group), or nowhere. */
export type LatePlace = { kind: 'group'; index: number } | { kind: 'new'; group: GroupDraft } | { kind: 'none' };

/** Places one person who joins while the breakout runs, by the breakout's own rule. */
export function placeLate(
  groups: readonly GroupDraft[],
  seats: ReadonlyMap<ParticipantId, Seat>,
  who: Seat,
  plan: BreakoutPlan,
): LatePlace {
  if (plan.rule === 'hand') return { kind: 'none' };
  const remoteOwn = plan.remote === 'own' && who.attendance === 'remote';
  if (plan.rule === 'table' && !remoteOwn && who.table !== null) {
    const index = groups.findIndex((g) => g.table === who.table);
    if (index !== -1) return { kind: 'group', index };
    return { kind: 'new', group: { name: who.table, remote: false, table: who.table, memberIds: [who.id] } };
  }
  const fitting = groups.flatMap((g, index) => (plan.remote === 'mixed' || g.remote === remoteOwn ? [index] : []));
  if (fitting.length === 0) {
    const n = groups.filter((g) => g.remote === remoteOwn).length + 1;
    return {
      kind: 'new',
      group: { name: `${remoteOwn ? 'R' : ''}${n}`, remote: remoteOwn, table: null, memberIds: [who.id] },
    };
  }
  // Random places a late joiner in the smallest group (a shuffle of one is no choice); balanced spreads organisations.
  const pick = (i: number) => groups[fitting[i]!]!;
  if (plan.rule === 'random') {
    let best = 0;
    for (let i = 1; i < fitting.length; i++) if (pick(i).memberIds.length < pick(best).memberIds.length) best = i;
    return { kind: 'group', index: fitting[best]! };
  }
  return {
    kind: 'group',
    index:
      fitting[
        bestGroup(
          fitting.map((i) => groups[i]!),
          seats,
          who,
        )
      ]!,
  };
}
