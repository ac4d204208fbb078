/**
 * Why breakout notes are not in the shared document: every screen holds the whole document, so a
 * note there reaches every group. The notes and clusters of the groups' copies of the boards are
 * kept in private state instead (sent by realtime/breakout-facts.ts to the group and the
 * facilitators only). Every command decides on a view with them put back into `pub`, so the
 * plenary rules (write, reveal, group, vote, undo) work on a group's board unchanged; after the
 * decision they are stowed away again, and the overview's counts follow.
 */
import { copyBoardId, liveBreakout, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';
import type { BoardId, Group, Note, PublicState } from '../../shared/model.ts';
import { ownerOf } from './anonymity.ts';
import type { WorkshopState } from './state.ts';

const isEmpty = (x: object) => Object.keys(x).length === 0;

/** The state with the groups' notes and clusters back among the plenary ones, for a command to decide on. */
export function withGroupBoards(s: WorkshopState): WorkshopState {
  if (isEmpty(s.priv.groupNotes) && isEmpty(s.priv.groupClusters)) return s;
  return {
    ...s,
    pub: {
      ...s.pub,
      notes: { ...s.pub.notes, ...s.priv.groupNotes },
      groups: { ...s.pub.groups, ...s.priv.groupClusters },
    },
  };
}

/** The ids of every group's copy of a board. */
export function copyBoardIds(pub: PublicState): Set<BoardId> {
  const out = new Set<BoardId>();
  for (const b of Object.values(pub.boards)) if (b.copyOf) out.add(b.id);
  return out;
}

/** Splits `all` into entities of the plenary boards and those of the copies. */
function split<T extends { boardId: BoardId }>(all: Record<string, T>, copies: ReadonlySet<BoardId>) {
  const plenary: Record<string, T> = {};
  const group: Record<string, T> = {};
  for (const [id, x] of Object.entries(all)) (copies.has(x.boardId) ? group : plenary)[id] = x;
  return { plenary, group };
}

/** `next` when its entities are those of `prev`, so an untouched collection keeps its reference. */
function keep<T>(prev: Record<string, T>, next: Record<string, T>): Record<string, T> {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(prev).length) return next;
  return keys.every((k) => prev[k] === next[k]) ? prev : next;
}

/** The overview's counts of one group: notes on its boards, shown or held, and how many people wrote them. */
function counted(
  s: WorkshopState,
  g: BreakoutGroup,
  boards: ReadonlySet<BoardId>,
  notes: readonly Note[],
): BreakoutGroup {
  const mine = notes.filter((n) => boards.has(n.boardId));
  // Anonymous notes count by their private owner: the count names nobody.
  const writers = new Set(mine.map((n) => ownerOf(s, n) ?? n.id)).size;
  const lastNoteAt = mine.reduce<number | null>((at, n) => (at === null || n.createdAt > at ? n.createdAt : at), null);
  if (g.notes === mine.length && g.writers === writers && g.lastNoteAt === lastNoteAt) return g;
  return { ...g, notes: mine.length, writers, lastNoteAt };
}

function withCounts(s: WorkshopState, b: Breakout, pub: PublicState, notes: readonly Note[]): Breakout {
  const groups = b.groups.map((g) => {
    const boards = new Set(b.boardIds.map((id) => copyBoardId(id, g.id)).filter((id) => pub.boards[id]));
    return counted(s, g, boards, notes);
  });
  return groups.every((g, i) => g === b.groups[i]) ? b : { ...b, groups };
}

/**
 * Takes the groups' notes and clusters out of `next.pub` again, reusing `prev`'s collections
 * where nothing changed, and brings the live breakout's counts up to date.
 */
export function stowGroupBoards(prev: WorkshopState, next: WorkshopState): WorkshopState {
  const copies = copyBoardIds(next.pub);
  if (copies.size === 0 && isEmpty(next.priv.groupNotes)) return next;
  const notes = split(next.pub.notes, copies);
  const clusters = split<Group>(next.pub.groups, copies);
  const groupNotes = keep(prev.priv.groupNotes, notes.group);
  const pub = {
    ...next.pub,
    notes: keep(prev.pub.notes, notes.plenary),
    groups: keep(prev.pub.groups, clusters.plenary),
  };
  const live = liveBreakout(pub.breakouts);
  if (live) {
    const counted = withCounts(next, live, pub, [...Object.values(groupNotes), ...Object.values(next.priv.heldNotes)]);
    if (counted !== live) pub.breakouts = { ...pub.breakouts, [live.id]: counted };
  }
  return {
    pub,
    priv: { ...next.priv, groupNotes, groupClusters: keep(prev.priv.groupClusters, clusters.group) },
  };
}
