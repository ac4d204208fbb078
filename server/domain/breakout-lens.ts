/**
 * Why breakout notes are not in the shared document: every screen holds the whole document, so a
 * note there reaches every group. The notes, clusters and commitments of the groups' copies of
 * the boards are kept in private state instead (sent by realtime/breakout-facts.ts to the group and the
 * facilitators only). Every command decides on a view with them put back into `pub`, so the
 * plenary rules (write, reveal, group, vote, undo) work on a group's board unchanged; after the
 * decision they are stowed away again, and the overview's counts follow.
 */
import { copyBoardId, liveBreakout, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';
import type { BoardId, Commitment, Group, Note, PublicState } from '../../shared/model.ts';
import { ownerOf } from './anonymity.ts';
import type { WorkshopState } from './state.ts';

const isEmpty = (x: object) => Object.keys(x).length === 0;

/** The state with the groups' notes, clusters and commitments back among the plenary ones, for a command. */
export function withGroupBoards(s: WorkshopState): WorkshopState {
  const { groupNotes, groupClusters, groupCommitments } = s.priv;
  if (isEmpty(groupNotes) && isEmpty(groupClusters) && isEmpty(groupCommitments)) return s;
  return {
    ...s,
    pub: {
      ...s.pub,
      notes: { ...s.pub.notes, ...groupNotes },
      groups: { ...s.pub.groups, ...groupClusters },
      commitments: { ...s.pub.commitments, ...groupCommitments },
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

/** What the overview counts on the groups' boards: notes shown or held, and commitments. */
interface Written {
  notes: readonly Note[];
  commitments: readonly Commitment[];
}

/**
 * The overview's counts of one group: notes on its boards and how many people wrote them, its
 * commitments, and when it last wrote either (a group mapping roles is not stuck while it proposes).
 */
function counted(s: WorkshopState, g: BreakoutGroup, boards: ReadonlySet<BoardId>, all: Written): BreakoutGroup {
  const mine = all.notes.filter((n) => boards.has(n.boardId));
  const proposed = all.commitments.filter((c) => boards.has(c.boardId));
  // Anonymous notes count by their private owner: the count names nobody.
  const writers = new Set(mine.map((n) => ownerOf(s, n) ?? n.id)).size;
  const lastNoteAt = [...mine, ...proposed].reduce<number | null>(
    (at, x) => (at === null || x.createdAt > at ? x.createdAt : at),
    null,
  );
  const commitments = proposed.length;
  if (g.notes === mine.length && g.writers === writers && g.lastNoteAt === lastNoteAt && g.commitments === commitments)
    return g;
  return { ...g, notes: mine.length, writers, lastNoteAt, commitments };
}

function withCounts(s: WorkshopState, b: Breakout, pub: PublicState, all: Written): Breakout {
  const groups = b.groups.map((g) => {
    const boards = new Set(b.boardIds.map((id) => copyBoardId(id, g.id)).filter((id) => pub.boards[id]));
    return counted(s, g, boards, all);
  });
  return groups.every((g, i) => g === b.groups[i]) ? b : { ...b, groups };
}

/**
 * Takes the groups' notes, clusters and commitments out of `next.pub` again, reusing `prev`'s
 * collections where nothing changed, and brings the live breakout's counts up to date.
 */
export function stowGroupBoards(prev: WorkshopState, next: WorkshopState): WorkshopState {
  const copies = copyBoardIds(next.pub);
  if (copies.size === 0 && isEmpty(next.priv.groupNotes) && isEmpty(next.priv.groupCommitments)) return next;
  const notes = split(next.pub.notes, copies);
  const clusters = split<Group>(next.pub.groups, copies);
  const commitments = split(next.pub.commitments, copies);
  const groupNotes = keep(prev.priv.groupNotes, notes.group);
  const groupCommitments = keep(prev.priv.groupCommitments, commitments.group);
  const pub = {
    ...next.pub,
    notes: keep(prev.pub.notes, notes.plenary),
    groups: keep(prev.pub.groups, clusters.plenary),
    commitments: keep(prev.pub.commitments, commitments.plenary),
  };
  const live = liveBreakout(pub.breakouts);
  if (live) {
    const written = {
      notes: [...Object.values(groupNotes), ...Object.values(next.priv.heldNotes)],
      commitments: Object.values(groupCommitments),
    };
    const counted = withCounts(next, live, pub, written);
    if (counted !== live) pub.breakouts = { ...pub.breakouts, [live.id]: counted };
  }
  return {
    pub,
    priv: {
      ...next.priv,
      groupNotes,
      groupClusters: keep(prev.priv.groupClusters, clusters.group),
      groupCommitments,
    },
  };
}
