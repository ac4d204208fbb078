/**
 * Merging two identities of one person (a second device, a cleared browser, a re-join): the
 * duplicate's notes, questions, commitments, dots, ratings and upvotes become the kept
 * person's, and every "once per person" fact the two both hold counts once. The duplicate's
 * record stays, pointing at the kept one, so its device token signs in as the kept person and
 * the command log keeps its author. Staff are not merged: their rights would move with them.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { ownEntry } from '../../shared/ids.ts';
import type { Note, ParticipantId, PublicState } from '../../shared/model.ts';
import { reassignOwners } from './anonymity.ts';
import { activeParticipant } from './people.ts';
import type { Ballot, Decision, Participant, PrivateState, WorkshopState } from './state.ts';

/** Merges participant `duplicateId` into `keepId`. */
export function mergePeople(
  s: WorkshopState,
  keepId: ParticipantId,
  duplicateId: ParticipantId,
): Result<Decision<null>> {
  if (keepId === duplicateId) return fail('same_person', 'a person cannot be merged with themselves');
  const keep = activeParticipant(s, keepId);
  const duplicate = activeParticipant(s, duplicateId);
  if (!keep || !duplicate) return fail('not_found', 'no such participant');
  if (keep.cofacilitator || duplicate.cofacilitator) return fail('staff_not_merged', 'demote the co-facilitator first');
  const move = (id: ParticipantId) => (id === duplicateId ? keepId : id);
  const byAuthor = <T extends { authorId: ParticipantId }>(x: T): T =>
    x.authorId === duplicateId ? { ...x, authorId: keepId } : x;
  const pub: PublicState = {
    ...s.pub,
    notes: mapValues(s.pub.notes, byAuthor),
    questions: mapValues(s.pub.questions, byAuthor),
    hands: oneHand(s.pub.hands, keep, duplicateId),
    commitments: mapValues(s.pub.commitments, (c) => (c.proposedBy === duplicateId ? { ...c, proposedBy: keepId } : c)),
  };
  const priv: PrivateState = {
    ...s.priv,
    participants: { ...s.priv.participants, [duplicateId]: { ...duplicate, mergedInto: keepId } },
    heldNotes: mapValues(s.priv.heldNotes, byAuthor),
    hiddenNotes: mapValues(s.priv.hiddenNotes, byAuthor),
    noteOwners: reassignOwners(s.priv.noteOwners, duplicateId, keepId),
    ratings: rekey(
      s.priv.ratings,
      duplicateId,
      (r) => `${r.noteId}:${keepId}`,
      (r) => ({ ...r, participantId: move(r.participantId) }),
    ),
    upvotes: rekey(
      s.priv.upvotes,
      duplicateId,
      (u) => `${u.questionId}:${keepId}`,
      (u) => ({ ...u, participantId: move(u.participantId) }),
    ),
    ballots: mergeBallots(s, keepId, duplicateId),
  };
  // Upvotes on what is now the person's own question are not theirs to give.
  priv.upvotes = Object.fromEntries(
    Object.entries(priv.upvotes).filter(([, u]) => ownEntry(pub.questions, u.questionId)?.authorId !== u.participantId),
  );
  return ok({ state: recount({ pub, priv }), value: null });
}

/** The duplicate's raised hand becomes the kept person's, unless theirs is up already: one hand per person. */
function oneHand(hands: PublicState['hands'], keep: Participant, duplicateId: ParticipantId): PublicState['hands'] {
  const theirs = ownEntry(hands, duplicateId);
  if (!theirs) return hands;
  const { [duplicateId]: _gone, ...rest } = hands;
  if (ownEntry(rest, keep.id)) return rest;
  return {
    ...rest,
    [keep.id]: { ...theirs, participantId: keep.id, name: keep.name, organisation: keep.organisation },
  };
}

function mapValues<T>(record: Record<string, T>, f: (x: T) => T): Record<string, T> {
  let changed = false;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = f(v);
    changed ||= out[k] !== v;
  }
  return changed ? out : record;
}

/** Moves the duplicate's entries of a per-person collection to the kept person's keys; where both hold one, the kept person's stays. */
function rekey<T extends { participantId: ParticipantId }>(
  record: Record<string, T>,
  duplicateId: ParticipantId,
  keyFor: (x: T) => string,
  moved: (x: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  const theirs: T[] = [];
  for (const [k, v] of Object.entries(record))
    if (v.participantId === duplicateId) theirs.push(v);
    else out[k] = v;
  for (const v of theirs) {
    const key = keyFor(v);
    if (!Object.hasOwn(out, key)) out[key] = moved(v);
  }
  return out;
}

/**
 * One ballot per board for the person: the kept identity's dots first, then the duplicate's,
 * never a note twice where the round does not stack dots, and never more than its budget.
 */
function mergeBallots(s: WorkshopState, keepId: ParticipantId, duplicateId: ParticipantId): Record<string, Ballot> {
  const out: Record<string, Ballot> = {};
  const theirs: Ballot[] = [];
  for (const [k, b] of Object.entries(s.priv.ballots))
    if (b.participantId === duplicateId) theirs.push(b);
    else out[k] = b;
  for (const b of theirs) {
    const key = `${b.boardId}:${keepId}`;
    const round = ownEntry(s.pub.votes, b.boardId);
    const noteIds = [...(ownEntry(out, key)?.noteIds ?? [])];
    for (const id of b.noteIds) {
      if (round && noteIds.length >= round.budget) break;
      if (!round?.allowStacking && noteIds.includes(id)) continue;
      noteIds.push(id);
    }
    out[key] = { boardId: b.boardId, participantId: keepId, noteIds };
  }
  return out;
}

/** The public counts that follow from the private facts: upvotes, rating tallies, dots cast and published results. */
function recount(s: WorkshopState): WorkshopState {
  const upvotes = new Map<string, number>();
  for (const u of Object.values(s.priv.upvotes)) upvotes.set(u.questionId, (upvotes.get(u.questionId) ?? 0) + 1);
  const questions = mapValues(s.pub.questions, (q) =>
    q.upvotes === (upvotes.get(q.id) ?? 0) ? q : { ...q, upvotes: upvotes.get(q.id) ?? 0 },
  );
  const tallies = new Map<string, { met: number; partly: number; notMet: number }>();
  for (const r of Object.values(s.priv.ratings)) {
    const t = tallies.get(r.noteId) ?? { met: 0, partly: 0, notMet: 0 };
    t[r.rating === 'not_met' ? 'notMet' : r.rating] += 1;
    tallies.set(r.noteId, t);
  }
  const expectationResults = mapValues(s.pub.expectationResults, (e) => {
    const t = tallies.get(e.noteId) ?? { met: 0, partly: 0, notMet: 0 };
    return e.met === t.met && e.partly === t.partly && e.notMet === t.notMet ? e : { ...e, ...t };
  });
  const votes = mapValues(s.pub.votes, (round) => {
    const ballots = Object.values(s.priv.ballots).filter((b) => b.boardId === round.boardId);
    const dotsCast = ballots.reduce((n, b) => n + b.noteIds.length, 0);
    const results = round.results === null ? null : tally(ballots, s.pub.notes);
    return dotsCast === round.dotsCast && sameCounts(results, round.results) ? round : { ...round, dotsCast, results };
  });
  return { ...s, pub: { ...s.pub, questions, expectationResults, votes } };
}

/** Dots per shown note, as a closed round publishes them. */
function tally(ballots: readonly Ballot[], notes: Record<string, Note>): Record<string, number> {
  const results: Record<string, number> = {};
  for (const b of ballots) for (const id of b.noteIds) if (ownEntry(notes, id)) results[id] = (results[id] ?? 0) + 1;
  return results;
}

function sameCounts(a: Record<string, number> | null, b: Record<string, number> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}
