/**
 * What only one participant may see: their notes held on private boards, their dots, their
 * ratings, upvotes and "done" ticks, how to reach the contacts of their proposals; and what only facilitators
 * may see: who holds how many notes, how to reach every commitment's contact. Sent on
 * connect and (notes, dots, contacts) whenever that part changes; never broadcast, never in the document.
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
import { ownedNoteIds, ownerOf } from '../domain/anonymity.ts';
import { FACILITATOR_AUTHOR } from '../domain/notes.ts';
import { doneStepsOf } from '../domain/progress.ts';
import { senderOf } from '../domain/sender.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { PrivateEntity } from '../persistence/port.ts';
import type { HubEvents } from '../workshops/hub.ts';
import { socketsInWorkshop, type HandlerContext, type PlenarySocket } from './context.ts';

/** The author id this socket's notes carry: its participant, or the key holder's. */
function authorOfSocket(socket: PlenarySocket): string | null {
  return socket.data.participantId ?? (socket.data.facilitator ? FACILITATOR_AUTHOR : null);
}

/** The held notes of `authorId` (a participant, or the key holder), oldest first. */
export function heldNotesOf(s: WorkshopState, authorId: string): Note[] {
  return Object.values(s.priv.heldNotes)
    .filter((n) => ownerOf(s, n) === authorId)
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
    // A proposal on a breakout group's copy sits in private state until the merge.
    const commitment = ownEntry(s.pub.commitments, c.commitmentId) ?? ownEntry(s.priv.groupCommitments, c.commitmentId);
    const mine = pid !== null && commitment?.proposedBy === pid;
    if (role === 'facilitator' || mine) out[c.commitmentId] = c.details;
  }
  return out;
}

/** Who a durable change concerns, read from the entities it changed: O(change), not O(entities). */
export interface Concerned {
  /** Some held note changed: facilitators' counts per author are due. */
  heldNotes: boolean;
  /** Authors (participants, or the key holder) one of whose held notes changed. */
  heldNoteAuthors: Set<string>;
  /** Authors who gained or lost an anonymous note (`notes:owned`). */
  noteOwners: Set<string>;
  /** Participants one of whose ballots changed. */
  ballotOwners: Set<ParticipantId>;
  /** Some commitment's contact changed. */
  contacts: boolean;
}

/** What `changes` (the command's private entity changes) mean for whom, looking each entity up in both states. */
export function concernedBy(
  prev: WorkshopState,
  next: WorkshopState,
  changes: readonly Pick<PrivateEntity, 'collection' | 'id'>[],
): Concerned {
  const out: Concerned = {
    heldNotes: false,
    heldNoteAuthors: new Set(),
    noteOwners: new Set(),
    ballotOwners: new Set(),
    contacts: false,
  };
  for (const { collection, id } of changes) {
    if (collection === 'heldNotes') {
      out.heldNotes = true;
      for (const [s, n] of [prev, next].map((s) => [s, ownEntry(s.priv.heldNotes, id)] as const)) {
        const author = n ? ownerOf(s, n) : null;
        if (author) out.heldNoteAuthors.add(author);
      }
    } else if (collection === 'noteOwners') {
      for (const o of [ownEntry(prev.priv.noteOwners, id), ownEntry(next.priv.noteOwners, id)])
        if (o) out.noteOwners.add(o.authorId);
    } else if (collection === 'ballots') {
      for (const b of [ownEntry(prev.priv.ballots, id), ownEntry(next.priv.ballots, id)])
        if (b) out.ballotOwners.add(b.participantId);
    } else if (collection === 'contacts') out.contacts = true;
  }
  return out;
}

/**
 * One hub listener for every socket: a change is read once per workshop, each fact is computed
 * once, and only the sockets it concerns are told (it was one listener per socket, each walking
 * the changed collections: O(sockets × entities) per command). Returns the way to stop.
 */
export function watchPrivateFacts(ctx: HandlerContext): () => void {
  const onChanged = (...[code, prev, next, changes]: HubEvents['changed']) => {
    if (changes.length === 0) return;
    const concerned = concernedBy(prev, next, changes);
    const { heldNotes, contacts, ballotOwners, noteOwners } = concerned;
    if (!heldNotes && !contacts && ballotOwners.size === 0 && noteOwners.size === 0) return;
    const once = memoize();
    for (const socket of socketsInWorkshop(ctx, code)) {
      const role = senderOf(socket.data, next).role;
      const pid = socket.data.participantId;
      if (role === 'facilitator' && concerned.heldNotes)
        socket.emit(
          'notes:heldBy',
          once('heldBy', () => heldCounts(next)),
        );
      if (concerned.contacts && (role === 'facilitator' || pid))
        socket.emit(
          'commitments:contacts',
          once(`contacts:${role}:${pid}`, () => contactDetailsFor(next, role, pid)),
        );
      const author = authorOfSocket(socket);
      if (author && concerned.heldNoteAuthors.has(author))
        socket.emit(
          'notes:mine',
          once(`mine:${author}`, () => heldNotesOf(next, author)),
        );
      if (author && concerned.noteOwners.has(author))
        socket.emit(
          'notes:owned',
          once(`owned:${author}`, () => ownedNoteIds(next, author)),
        );
      if (pid && concerned.ballotOwners.has(pid))
        socket.emit(
          'ballots:mine',
          once(`ballots:${pid}`, () => ballotsOf(next, pid)),
        );
    }
  };
  ctx.hub.events.on('changed', onChanged);
  return () => ctx.hub.events.off('changed', onChanged);
}

/** A cache for one change: a participant's two sockets, or every facilitator, share one computation. */
function memoize(): <T>(key: string, compute: () => T) => T {
  const values = new Map<string, unknown>();
  return <T>(key: string, compute: () => T): T => {
    if (!values.has(key)) values.set(key, compute());
    return values.get(key) as T;
  };
}

/** Sends a socket that just connected its private facts; later changes come from `watchPrivateFacts`. */
export async function sendPrivateFacts(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const w = await ctx.hub.get(socket.data.code);
  const role = w ? senderOf(socket.data, w.state).role : 'guest';
  if (w && role === 'facilitator') socket.emit('notes:heldBy', heldCounts(w.state));
  if (w && (role === 'facilitator' || socket.data.participantId))
    socket.emit('commitments:contacts', contactDetailsFor(w.state, role, socket.data.participantId));
  const author = authorOfSocket(socket);
  if (w && author) socket.emit('notes:mine', heldNotesOf(w.state, author));
  if (w && author) socket.emit('notes:owned', ownedNoteIds(w.state, author));
  const pid = socket.data.participantId;
  if (!w || !pid) return;
  socket.emit('ballots:mine', ballotsOf(w.state, pid));
  socket.emit('ratings:mine', ratingsOf(w.state, pid));
  socket.emit('upvotes:mine', upvotesOf(w.state, pid));
  socket.emit('done:mine', doneStepsOf(w.state, pid));
}
