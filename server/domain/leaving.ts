/**
 * A participant removes themselves: their name and organisation leave every record, the
 * contact details of the commitments they proposed go, and their notes and questions either
 * stay without an author's name or are deleted, as they choose. Pure, like every rule here.
 */
import { ok, type Result } from '../../shared/errors.ts';
import type { Note, ParticipantId, Question } from '../../shared/model.ts';
import type { LeaveInput } from '../../shared/schemas/people.ts';
import { ownerOf, reassignOwners } from './anonymity.ts';
import { withoutRapporteurName } from './breakouts.ts';
import { withoutNote } from './notes.ts';
import { activeParticipant } from './people.ts';
import type { Decision, WorkshopState } from './state.ts';
import type { UndoEntry } from './undo.ts';

/** What is left of a person who removed themselves: no name, no organisation, no token, no rights. */
function forgotten(s: WorkshopState, id: ParticipantId, now: number): WorkshopState {
  const p = s.priv.participants[id]!;
  const left = { ...p, name: '', organisation: '', tokenHash: '', cofacilitator: false, removedAt: now, left: true };
  return { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, [id]: left } } };
}

const anonymous = <T extends Note | Question>(x: T): T => ({ ...x, authorName: '', organisation: '' });

/** Whether `x` is theirs: a question they asked, or a note they wrote (an anonymous one by its private owner). */
const isTheirs = (s: WorkshopState, x: Note | Question, id: ParticipantId) =>
  'column' in x ? ownerOf(s, x) === id : x.authorId === id;

function mapAuthored<T extends Note | Question>(
  s: WorkshopState,
  items: Record<string, T>,
  id: ParticipantId,
  f: (x: T) => T,
) {
  return Object.fromEntries(Object.entries(items).map(([k, x]) => [k, isTheirs(s, x, id) ? f(x) : x]));
}

/** Whether an undo entry holds anything of theirs: a copy of one of their notes, or of a commitment they proposed. */
function holdsTheirs(s: WorkshopState, entry: UndoEntry, id: ParticipantId): boolean {
  const { notes, hiddenNotes, commitments = {} } = entry.changes;
  const copies = [...Object.values(notes), ...Object.values(hiddenNotes), ...Object.values(commitments)];
  return copies.some(({ before, after }) =>
    [before, after].some((x) => x !== null && ('authorId' in x ? isTheirs(s, x, id) : x.proposedBy === id)),
  );
}

/** Their notes (shown and held) and questions kept without a name, or deleted. */
function theirWriting(s: WorkshopState, id: ParticipantId, notes: LeaveInput['notes']): WorkshopState {
  if (notes === 'keep')
    return {
      pub: {
        ...s.pub,
        notes: mapAuthored(s, s.pub.notes, id, anonymous),
        questions: mapAuthored(s, s.pub.questions, id, anonymous),
      },
      priv: {
        ...s.priv,
        heldNotes: mapAuthored(s, s.priv.heldNotes, id, anonymous),
        hiddenNotes: mapAuthored(s, s.priv.hiddenNotes, id, anonymous),
      },
    };
  let next = s;
  for (const note of Object.values(s.pub.notes))
    if (isTheirs(s, note, id)) next = withoutNote(next, { note, held: false });
  for (const note of Object.values(s.priv.heldNotes))
    if (isTheirs(s, note, id)) next = withoutNote(next, { note, held: true });
  const drop = <T extends Note | Question>(items: Record<string, T>) =>
    Object.fromEntries(Object.entries(items).filter(([, x]) => !isTheirs(s, x, id)));
  return {
    pub: { ...next.pub, questions: drop(next.pub.questions) },
    priv: { ...next.priv, hiddenNotes: drop(next.priv.hiddenNotes) },
  };
}

/** Removes participant `id` at their own request; `notes` says whether their writing stays (anonymous) or goes. */
export function leaveWorkshop(
  s: WorkshopState,
  id: ParticipantId,
  notes: LeaveInput['notes'],
  now: number,
): Result<Decision<null>> {
  // The sender was checked active when the command's turn came (commands/decision.ts); asked again here for the rule's sake.
  if (!activeParticipant(s, id)) return ok({ state: s, value: null });
  const written = theirWriting(forgotten(s, id, now), id, notes);
  const proposed = Object.values(written.pub.commitments).filter((c) => c.proposedBy === id);
  const commitments = { ...written.pub.commitments };
  const contacts = { ...written.priv.contacts };
  for (const c of proposed) {
    commitments[c.id] = { ...c, contact: '', proposedBy: null };
    delete contacts[c.id];
  }
  const undo = Object.fromEntries(Object.entries(written.priv.undo).filter(([, e]) => !holdsTheirs(s, e, id)));
  // Their anonymous notes, kept or deleted, are no longer linked to them.
  const noteOwners = reassignOwners(written.priv.noteOwners, id, null);
  return ok({
    state: {
      pub: { ...written.pub, commitments, breakouts: withoutRapporteurName(written.pub.breakouts, id) },
      priv: { ...written.priv, contacts, undo, noteOwners },
    },
    value: null,
  });
}
