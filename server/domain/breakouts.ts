/**
 * Running breakout groups: starting them (groups and their copies of the boards), moving people,
 * late joiners, rapporteurs, the message to all groups. Report-back and merge are in
 * breakout-report.ts and breakout-merge.ts. Pure: state in, `now` in, Result out.
 */
import {
  copyBoardId,
  groupOf,
  liveBreakout,
  type Breakout,
  type BreakoutGroup,
  type BreakoutPlan,
} from '../../shared/breakouts.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { ownEntry } from '../../shared/ids.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Board, BoardId, GroupId, ParticipantId, StepConfig } from '../../shared/model.ts';
import type { BreakoutAssignInput, BreakoutRapporteurInput } from '../../shared/schemas/breakouts.ts';
import { placeLate, planGroups, type GroupDraft, type Seat } from './breakout-assign.ts';
import { activeParticipant } from './people.ts';
import { memberRows } from './roles.ts';
import type { StaffSender, ParticipantSender } from './sender.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';

/** Who takes part in groups: joined, not removed, not helping to facilitate. */
export function seatsOf(s: WorkshopState): Seat[] {
  return Object.values(s.priv.participants)
    .filter((p) => p.removedAt === undefined && !p.cofacilitator)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map(seatOf);
}

function seatOf(p: Participant): Seat {
  return { id: p.id, organisation: p.organisation, attendance: p.attendance, table: p.table ?? null };
}

/** The live breakout, or `no_breakout`. */
export function requireLive(s: WorkshopState): Result<Breakout> {
  const b = liveBreakout(s.pub.breakouts);
  return b ? ok(b) : fail('no_breakout');
}

export function withBreakout(s: WorkshopState, b: Breakout): WorkshopState {
  return { ...s, pub: { ...s.pub, breakouts: { ...s.pub.breakouts, [b.id]: b } } };
}

/** Group `groupId` of `b`, or `no_such_group`. */
export function requireGroup(b: Breakout, groupId: GroupId): Result<BreakoutGroup> {
  const g = b.groups.find((x) => x.id === groupId);
  return g ? ok(g) : fail('no_such_group');
}

/** Group `g`'s copies of the breakout's boards, as they are now. */
export function copiesOf(s: WorkshopState, b: Breakout, g: BreakoutGroup): Board[] {
  return b.boardIds.flatMap((id) => ownEntry(s.pub.boards, copyBoardId(id, g.id)) ?? []);
}

/**
 * Adds group `draft` to `b` with its own copy of every board, written like the other groups'
 * copies; a copy of a roles board starts with the members' organisations as its rows.
 */
function addGroup(s: WorkshopState, b: Breakout, draft: GroupDraft): Result<{ state: WorkshopState; b: Breakout }> {
  const id = `${b.id}-g${b.groups.length + 1}`;
  const boards = { ...s.pub.boards };
  let roleMatrices = s.pub.roleMatrices;
  const copies: BoardId[] = [];
  for (const boardId of b.boardIds) {
    const source = ownEntry(s.pub.boards, boardId);
    const copyId = copyBoardId(boardId, id);
    if (!source) return fail('not_found');
    if (copyId.length > LIMITS.idMax) return fail('bad_request', 'board or breakout id too long for group copies');
    if (ownEntry(boards, copyId)) return fail('conflict', 'a board has the id of a group copy');
    const sibling = b.groups[0] ? ownEntry(boards, copyBoardId(boardId, b.groups[0].id)) : undefined;
    boards[copyId] = {
      ...source,
      id: copyId,
      mode: sibling?.mode ?? source.mode,
      remoteWriting: true,
      hiddenCount: 0,
      copyOf: { breakoutId: b.id, groupId: id, sourceId: boardId },
    };
    if (source.kind === 'roles') roleMatrices = { ...roleMatrices, [copyId]: memberRows(s, copyId, draft.memberIds) };
    copies.push(copyId);
  }
  const group: BreakoutGroup = {
    id,
    name: draft.name,
    remote: draft.remote,
    table: draft.table,
    memberIds: draft.memberIds,
    rapporteurId: null,
    rapporteurName: null,
    notes: 0,
    writers: 0,
    commitments: 0,
    lastNoteAt: null,
    topNoteIds: [],
  };
  const next = { ...b, groups: [...b.groups, group] };
  // Only the running groups' boards are open to the room.
  const active = b.status === 'running' ? [...s.pub.room.activeBoardIds, ...copies] : s.pub.room.activeBoardIds;
  const room = { ...s.pub.room, activeBoardIds: active };
  return ok({ state: withBreakout({ ...s, pub: { ...s.pub, boards, room, roleMatrices } }, next), b: next });
}

/** A seed from the breakout's id, so a breakout started without one still deals the same way every time. */
function seedOf(id: string): number {
  let h = 0;
  for (const c of id) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}

export interface StartInput {
  id: string;
  boardIds: BoardId[];
  plan: BreakoutPlan;
  seed?: number | undefined;
}

/**
 * Splits the room into groups by the plan's rule, each with its own copy of the boards; the
 * copies become the room's active boards (in the plenary boards' mode) and the plenary ones lock.
 */
export function startBreakout(s: WorkshopState, input: StartInput, now: number): Result<Decision<{ groups: number }>> {
  if (liveBreakout(s.pub.breakouts)) return fail('conflict', 'groups are already running');
  if (ownEntry(s.pub.breakouts, input.id)) return fail('conflict', 'breakout id in use');
  const boardIds = [...new Set(input.boardIds)];
  for (const id of boardIds) {
    const board = ownEntry(s.pub.boards, id);
    if (!board || board.copyOf) return fail('not_found', 'no such board');
    if (board.kind !== 'notes' && board.kind !== 'roles')
      return fail('bad_request', 'groups work on notes and roles boards');
  }
  const seed = input.seed ?? seedOf(input.id);
  const drafts = planGroups(seatsOf(s), input.plan, seed);
  let b: Breakout = {
    id: input.id,
    boardIds,
    plan: input.plan,
    seed,
    status: 'running',
    groups: [],
    message: null,
    reportIndex: 0,
    points: [],
    merged: null,
    startedAt: now,
  };
  let next = withBreakout({ ...s, pub: { ...s.pub, room: { ...s.pub.room, activeBoardIds: [], focus: null } } }, b);
  for (const draft of drafts) {
    // Each copy starts in the mode its plenary board has now.
    const added = addGroup(next, b, draft);
    if (!added.ok) return added;
    next = added.value.state;
    b = added.value.b;
  }
  const boards = { ...next.pub.boards };
  for (const id of boardIds) boards[id] = { ...boards[id]!, mode: 'locked' };
  next = { ...next, pub: { ...next.pub, boards } };
  return ok({ state: next, value: { groups: b.groups.length } });
}

/** `b` with `pid` in group `to` (or in none), out of any other; a rapporteur who leaves steps down. */
function moved(b: Breakout, pid: ParticipantId, to: GroupId | null): Breakout {
  const groups = b.groups.map((g) => {
    const member = g.memberIds.includes(pid);
    if (g.id === to) return member ? g : { ...g, memberIds: [...g.memberIds, pid] };
    if (!member) return g;
    return {
      ...g,
      memberIds: g.memberIds.filter((id) => id !== pid),
      ...(g.rapporteurId === pid ? { rapporteurId: null, rapporteurName: null } : {}),
    };
  });
  return { ...b, groups };
}

/** Every breakout with `pid`'s name off the groups they report for: one who removed themselves is named nowhere. */
export function withoutRapporteurName(
  breakouts: Record<string, Breakout>,
  pid: ParticipantId,
): Record<string, Breakout> {
  const out: Record<string, Breakout> = {};
  for (const [id, b] of Object.entries(breakouts)) {
    const named = b.groups.some((g) => g.rapporteurId === pid && g.rapporteurName);
    out[id] = named
      ? { ...b, groups: b.groups.map((g) => (g.rapporteurId === pid ? { ...g, rapporteurName: '' } : g)) }
      : b;
  }
  return out;
}

/** The facilitator moves people between groups by hand; one person in two groups refuses it all. */
export function assignBreakout(s: WorkshopState, input: BreakoutAssignInput): Result<Decision<{ moved: number }>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  const target = new Map<ParticipantId, GroupId | null>();
  for (const { participantId, groupId } of input.moves) {
    if (!activeParticipant(s, participantId)) return fail('not_found', 'no such participant');
    if (groupId !== null && !live.value.groups.some((g) => g.id === groupId)) return fail('no_such_group');
    if (target.has(participantId) && target.get(participantId) !== groupId) return fail('in_two_groups');
    target.set(participantId, groupId);
  }
  let b = live.value;
  for (const [pid, groupId] of target) b = moved(b, pid, groupId);
  return ok({ state: withBreakout(s, b), value: { moved: target.size } });
}

/** Seats `pid` in the live breakout by its rule if they are in no group yet (a late joiner, or a new table). */
export function placeInBreakout(s: WorkshopState, pid: ParticipantId): Result<WorkshopState> {
  const b = liveBreakout(s.pub.breakouts);
  const p = activeParticipant(s, pid);
  if (!b || !p || p.cofacilitator || groupOf(b, pid)) return ok(s);
  const seats = new Map(seatsOf(s).map((x) => [x.id, x]));
  const place = placeLate(b.groups, seats, seatOf(p), b.plan);
  if (place.kind === 'none') return ok(s);
  if (place.kind === 'group') return ok(withBreakout(s, moved(b, pid, b.groups[place.index]!.id)));
  const added = addGroup(s, moved(b, pid, null), place.group);
  return added.ok ? ok(added.value.state) : added;
}

/** A participant says their table; under the table rule they move to that table's group. */
export function sitAtTable(
  s: WorkshopState,
  who: ParticipantSender,
  table: string,
): Result<Decision<{ groupId: GroupId | null }>> {
  const p = { ...who.participant, table };
  let next: WorkshopState = { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, [p.id]: p } } };
  const b = liveBreakout(next.pub.breakouts);
  if (b?.plan.rule === 'table') {
    const current = b.groups.find((g) => g.memberIds.includes(p.id));
    if (current?.table !== table) {
      const placed = placeInBreakout(withBreakout(next, moved(b, p.id, null)), p.id);
      if (!placed.ok) return placed;
      next = placed.value;
    }
  }
  const after = liveBreakout(next.pub.breakouts);
  const groupId = after?.groups.find((g) => g.memberIds.includes(p.id))?.id ?? null;
  return ok({ state: next, value: { groupId } });
}

/**
 * Names a group's rapporteur. The facilitator picks any member (or none); a member may volunteer
 * while the group has none, and step down.
 */
export function setRapporteur(
  s: WorkshopState,
  who: StaffSender | ParticipantSender,
  input: BreakoutRapporteurInput,
): Result<Decision<null>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  const g = requireGroup(live.value, input.groupId);
  if (!g.ok) return g;
  const { participantId } = input;
  if (participantId !== null && !g.value.memberIds.includes(participantId)) return fail('not_in_group');
  if (who.role === 'participant') {
    const self = who.participant.id;
    if (participantId !== null && participantId !== self) return fail('forbidden', 'volunteer yourself only');
    if (participantId === null && g.value.rapporteurId !== self) return fail('not_rapporteur');
    if (participantId !== null && g.value.rapporteurId !== null && g.value.rapporteurId !== self)
      return fail('conflict', 'the group has a rapporteur');
  }
  const rapporteurName = participantId === null ? null : (ownEntry(s.priv.participants, participantId)?.name ?? null);
  const groups = live.value.groups.map((x) =>
    x.id === g.value.id ? { ...x, rapporteurId: participantId, rapporteurName } : x,
  );
  return ok({ state: withBreakout(s, { ...live.value, groups }), value: null });
}

/** The facilitator's message to every group (null clears it). */
export function messageGroups(s: WorkshopState, text: string | null, now: number): Result<Decision<null>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  const message = text === null ? null : { text, at: now };
  return ok({ state: withBreakout(s, { ...live.value, message }), value: null });
}

/** Whether `who` may act for group `g`: staff, or the group's rapporteur. */
export function speaksFor(who: StaffSender | ParticipantSender, g: BreakoutGroup): boolean {
  return who.role === 'facilitator' || g.rapporteurId === who.participant.id;
}

/**
 * What entering a step run in groups does to its config: the groups start (or carry on from the
 * step before, on the same boards) and the step's boards become every group's copies of them.
 */
export function groupStep(
  s: WorkshopState,
  stepId: string,
  config: StepConfig,
  now: number,
): Result<{ state: WorkshopState; config: StepConfig }> {
  if (!config.groups || config.boardIds.length === 0) return ok({ state: s, config });
  let next = s;
  let b = liveBreakout(s.pub.breakouts);
  if (!b) {
    let id = stepId;
    for (let n = 2; ownEntry(s.pub.breakouts, id); n++) id = `${stepId}-${n}`;
    const started = startBreakout(s, { id, boardIds: config.boardIds, plan: config.groups }, now);
    if (!started.ok) return started;
    next = started.value.state;
    b = liveBreakout(next.pub.breakouts)!;
  }
  const live = b;
  // Groups already running on other boards carry on; the step then runs in plenary.
  if (!config.boardIds.every((id) => live.boardIds.includes(id))) return ok({ state: next, config });
  const boardIds = live.groups.flatMap((g) => config.boardIds.map((id) => copyBoardId(id, g.id)));
  return ok({ state: next, config: { ...config, boardIds } });
}
