/**
 * What only one participant may see: their notes held on private boards, their dots, their
 * ratings and upvotes, how to reach the contacts of their proposals; and what only facilitators
 * may see: who holds how many notes, how to reach every commitment's contact. Sent on
 * connect and (notes, dots) whenever that part changes; never broadcast, never in the document.
 */
import type {
  BoardId,
  CommitmentId,
  Note,
  NoteId,
  ParticipantId,
  QuestionId,
  Rating,
  Role,
} from '../../shared/model.ts';
import { ownEntry } from '../../shared/ids.ts';
import { FACILITATOR_AUTHOR } from '../domain/notes.ts';
import { senderOf } from '../domain/sender.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { HubEvents } from '../workshops/hub.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** The author id this socket's notes carry: its participant, or the key holder's. */
function authorOfSocket(socket: PlenarySocket): string | null {
  return socket.data.participantId ?? (socket.data.facilitator ? FACILITATOR_AUTHOR : null);
}

/** The held notes of `authorId` (a participant, or the key holder), oldest first. */
export function heldNotesOf(s: WorkshopState, authorId: string): Note[] {
  return Object.values(s.priv.heldNotes)
    .filter((n) => n.authorId === authorId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** The participant's dots per board. */
export function ballotsOf(s: WorkshopState, pid: ParticipantId): Record<BoardId, NoteId[]> {
  const out: Record<BoardId, NoteId[]> = {};
  for (const b of Object.values(s.priv.ballots)) if (b.participantId === pid) out[b.boardId] = b.noteIds;
  return out;
}

/** Held notes per board and author: what a facilitator may know during private writing. */
export function heldCounts(s: WorkshopState): Record<BoardId, Record<ParticipantId, number>> {
  const out: Record<BoardId, Record<ParticipantId, number>> = {};
  for (const n of Object.values(s.priv.heldNotes)) {
    const board = out[n.boardId] ?? {};
    out[n.boardId] = board;
    board[n.authorId] = (board[n.authorId] ?? 0) + 1;
  }
  return out;
}

/** The participant's own ratings of expectations; each rate acknowledgement carries later changes. */
export function ratingsOf(s: WorkshopState, pid: ParticipantId): Record<NoteId, Rating> {
  const mine: Record<NoteId, Rating> = {};
  for (const r of Object.values(s.priv.ratings)) if (r.participantId === pid) mine[r.noteId] = r.rating;
  return mine;
}

/** The questions the participant upvoted; each upvote acknowledgement carries later changes. */
export function upvotesOf(s: WorkshopState, pid: ParticipantId): QuestionId[] {
  return Object.values(s.priv.upvotes).flatMap((u) => (u.participantId === pid ? [u.questionId] : []));
}

/** How to reach the contact of every commitment a facilitator may see, or of a participant's own proposals. */
export function contactDetailsFor(
  s: WorkshopState,
  role: Role,
  pid: ParticipantId | null,
): Record<CommitmentId, string> {
  const out: Record<CommitmentId, string> = {};
  for (const c of Object.values(s.priv.contacts)) {
    const mine = pid !== null && ownEntry(s.pub.commitments, c.commitmentId)?.proposedBy === pid;
    if (role === 'facilitator' || mine) out[c.commitmentId] = c.details;
  }
  return out;
}

/** Whether any entity of `pid` differs between two versions of a collection. */
function changedFor<T>(prev: Record<string, T>, next: Record<string, T>, isMine: (x: T) => boolean): boolean {
  if (prev === next) return false;
  for (const [id, v] of Object.entries(next))
    if (prev[id] !== v && (isMine(v) || (prev[id] !== undefined && isMine(prev[id])))) return true;
  for (const [id, v] of Object.entries(prev)) if (!(id in next) && isMine(v)) return true;
  return false;
}

/** Sends this socket its private facts now and after every change that concerns its participant. */
export async function sendPrivateFacts(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const onChanged = (...[code, prev, next]: HubEvents['changed']) => {
    if (code !== socket.data.code) return;
    if (senderOf(socket.data, next).role === 'facilitator' && prev.priv.heldNotes !== next.priv.heldNotes)
      socket.emit('notes:heldBy', heldCounts(next));
    if (prev.priv.contacts !== next.priv.contacts) {
      const role = senderOf(socket.data, next).role;
      const pid = socket.data.participantId;
      if (role === 'facilitator' || pid) socket.emit('commitments:contacts', contactDetailsFor(next, role, pid));
    }
    const author = authorOfSocket(socket);
    if (author && changedFor(prev.priv.heldNotes, next.priv.heldNotes, (n) => n.authorId === author))
      socket.emit('notes:mine', heldNotesOf(next, author));
    const pid = socket.data.participantId;
    if (!pid) return;
    if (changedFor(prev.priv.ballots, next.priv.ballots, (b) => b.participantId === pid))
      socket.emit('ballots:mine', ballotsOf(next, pid));
  };
  // One listener per connected socket is expected here, not a leak: lift the default cap of 10.
  ctx.hub.events.setMaxListeners(0);
  ctx.hub.events.on('changed', onChanged);
  socket.on('disconnect', () => ctx.hub.events.off('changed', onChanged));
  const w = await ctx.hub.get(socket.data.code);
  const role = w ? senderOf(socket.data, w.state).role : 'guest';
  if (w && role === 'facilitator') socket.emit('notes:heldBy', heldCounts(w.state));
  if (w && (role === 'facilitator' || socket.data.participantId))
    socket.emit('commitments:contacts', contactDetailsFor(w.state, role, socket.data.participantId));
  const author = authorOfSocket(socket);
  if (w && author) socket.emit('notes:mine', heldNotesOf(w.state, author));
  const pid = socket.data.participantId;
  if (!w || !pid) return;
  socket.emit('ballots:mine', ballotsOf(w.state, pid));
  socket.emit('ratings:mine', ratingsOf(w.state, pid));
  socket.emit('upvotes:mine', upvotesOf(w.state, pid));
}
