/**
 * The breakout groups' boards, told to whoever may see them: a member sees their own group's
 * notes and clusters, facilitators see every group's; nobody else receives a word of them.
 * Sent on connect and whenever what the socket may see changes; never broadcast.
 */
import { groupOf, liveBreakout } from '../../shared/breakouts.ts';
import type { GroupBoards } from '../../shared/protocol/breakouts.ts';
import { participantByToken } from '../domain/participants.ts';
import { senderOf } from '../domain/sender.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { HubEvents } from '../workshops/hub.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

const NOTHING: GroupBoards = { notes: [], clusters: [] };

/** What a sender may see of the groups' boards: staff all of them, a member their own group's. */
export function groupBoardsFor(s: WorkshopState, role: string, pid: string | null): GroupBoards {
  if (role === 'facilitator')
    return { notes: Object.values(s.priv.groupNotes), clusters: Object.values(s.priv.groupClusters) };
  const b = liveBreakout(s.pub.breakouts);
  const g = b && pid ? groupOf(b, pid) : null;
  if (!b || !g || role !== 'participant') return NOTHING;
  const mine = (boardId: string) => s.pub.boards[boardId]?.copyOf?.groupId === g.id;
  return {
    notes: Object.values(s.priv.groupNotes).filter((n) => mine(n.boardId)),
    clusters: Object.values(s.priv.groupClusters).filter((c) => mine(c.boardId)),
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
    prev.pub.breakouts !== next.pub.breakouts ||
    prev.priv.participants !== next.priv.participants
  );
}

/** Sends this socket the groups' boards it may see, now and after every change to them. */
export async function sendGroupBoards(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  let last = '';
  const send = (s: WorkshopState) => {
    const pid = participantOf(socket, s);
    const sender = senderOf({ ...socket.data, participantId: pid }, s);
    const view = groupBoardsFor(s, sender.role, pid);
    const text = JSON.stringify(view);
    if (text === last) return;
    last = text;
    socket.emit('breakout:boards', view);
  };
  const onChanged = (...[code, prev, next]: HubEvents['changed']) => {
    if (code === socket.data.code && concerns(prev, next)) send(next);
  };
  ctx.hub.events.on('changed', onChanged);
  socket.on('disconnect', () => ctx.hub.events.off('changed', onChanged));
  const w = await ctx.hub.get(socket.data.code);
  // A socket that knows no breakout is told nothing until there is one.
  last = JSON.stringify(NOTHING);
  if (w) send(w.state);
}
