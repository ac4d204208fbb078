/**
 * The breakout groups' boards, told to whoever may see them: a member sees their own group's
 * notes, clusters and commitments, facilitators see every group's; nobody else receives a word of them.
 * Sent on connect and whenever what the socket may see changes; never broadcast.
 */
import { groupOf, liveBreakout } from '../../shared/breakouts.ts';
import type { GroupBoards } from '../../shared/protocol/breakouts.ts';
import { participantByToken } from '../domain/participants.ts';
import { senderOf } from '../domain/sender.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { HubEvents } from '../workshops/hub.ts';
import { socketsInWorkshop, type HandlerContext, type PlenarySocket } from './context.ts';

const NOTHING: GroupBoards = { notes: [], clusters: [], commitments: [] };

/** Who a socket is to the groups' boards: staff, a member of one group, or nobody they concern. */
function viewerOf(s: WorkshopState, role: string, pid: string | null): string {
  if (role === 'facilitator') return 'staff';
  const b = liveBreakout(s.pub.breakouts);
  const g = b && pid && role === 'participant' ? groupOf(b, pid) : null;
  return g ? `group:${g.id}` : 'none';
}

/** What a viewer may see of the groups' boards: staff all of them, a member their own group's. */
export function groupBoardsFor(s: WorkshopState, viewer: string): GroupBoards {
  const { groupNotes, groupClusters, groupCommitments } = s.priv;
  if (viewer === 'staff')
    return {
      notes: Object.values(groupNotes),
      clusters: Object.values(groupClusters),
      commitments: Object.values(groupCommitments),
    };
  if (!viewer.startsWith('group:')) return NOTHING;
  const groupId = viewer.slice('group:'.length);
  const mine = (x: { boardId: string }) => s.pub.boards[x.boardId]?.copyOf?.groupId === groupId;
  return {
    notes: Object.values(groupNotes).filter(mine),
    clusters: Object.values(groupClusters).filter(mine),
    commitments: Object.values(groupCommitments).filter(mine),
  };
}

/** The participant a socket speaks for, including one whose join is being answered right now. */
function participantOf(socket: PlenarySocket, s: WorkshopState): string | null {
  if (socket.data.participantId) return socket.data.participantId;
  const hash = socket.data.deviceTokenHash;
  return hash ? (participantByToken(s, hash)?.id ?? null) : null;
}

function concerns(prev: WorkshopState, next: WorkshopState): boolean {
  return (
    prev.priv.groupNotes !== next.priv.groupNotes ||
    prev.priv.groupClusters !== next.priv.groupClusters ||
    prev.priv.groupCommitments !== next.priv.groupCommitments ||
    prev.pub.breakouts !== next.pub.breakouts ||
    prev.priv.participants !== next.priv.participants
  );
}

/** What each socket was last told, so an unchanged view is not sent again. */
const lastSent = new WeakMap<PlenarySocket, string>();

/**
 * Tells each of `sockets` the groups' boards it may see in `s`, when that changed. Each view
 * (staff, one per group, nobody) is built and encoded once, however many sockets share it.
 */
function tell(sockets: PlenarySocket[], s: WorkshopState): void {
  const views = new Map<string, { view: GroupBoards; text: string }>();
  for (const socket of sockets) {
    const pid = participantOf(socket, s);
    const viewer = viewerOf(s, senderOf({ ...socket.data, participantId: pid }, s).role, pid);
    let v = views.get(viewer);
    if (!v) {
      const view = groupBoardsFor(s, viewer);
      v = { view, text: JSON.stringify(view) };
      views.set(viewer, v);
    }
    if (lastSent.get(socket) === v.text) continue;
    lastSent.set(socket, v.text);
    socket.emit('breakout:boards', v.view);
  }
}

/** One hub listener for every socket (as private-facts.ts): a change is read once per workshop. Returns the way to stop. */
export function watchGroupBoards(ctx: HandlerContext): () => void {
  const onChanged = (...[code, prev, next]: HubEvents['changed']) => {
    if (concerns(prev, next)) tell(socketsInWorkshop(ctx, code), next);
  };
  ctx.hub.events.on('changed', onChanged);
  return () => ctx.hub.events.off('changed', onChanged);
}

/** Sends a socket that just connected the groups' boards it may see; later changes come from `watchGroupBoards`. */
export async function sendGroupBoards(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  // A socket that knows no breakout is told nothing until there is one.
  lastSent.set(socket, JSON.stringify(NOTHING));
  const w = await ctx.hub.get(socket.data.code);
  if (w) tell([socket], w.state);
}
