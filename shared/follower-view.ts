/**
 * What follow screens are sent: the public state, without participants' names (on notes,
 * questions, commitments' contact persons, raised hands and groups' rapporteurs) when the facilitator has chosen so
 * (`display.followerNames`). Organisations stay: they are not people.
 * Each entity maps to one stripped copy, so unchanged entities keep their references and the
 * documents built from this view diff as cheaply as the main one.
 */
import type { Breakout } from './breakouts.ts';
import type { Commitment, Hand, Note, PublicState, Question } from './model.ts';

/** Whether follow screens see participants' names; rooms stored before the setting existed do. */
export function followersSeeNames(pub: Pick<PublicState, 'room'>): boolean {
  return pub.room.display?.followerNames !== false;
}

const stripped = new WeakMap<object, object>();

function once<T extends object>(entity: T, strip: (e: T) => T): T {
  let out = stripped.get(entity) as T | undefined;
  if (!out) {
    out = strip(entity);
    stripped.set(entity, out);
  }
  return out;
}

function mapRecord<T extends object>(record: Record<string, T>, strip: (e: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, e] of Object.entries(record)) out[id] = once(e, strip);
  return out;
}

const anonymousNote = (n: Note): Note => (n.authorName ? { ...n, authorName: '' } : n);
const anonymousQuestion = (q: Question): Question => (q.authorName ? { ...q, authorName: '' } : q);
const anonymousCommitment = (c: Commitment): Commitment => (c.contact ? { ...c, contact: '' } : c);
const anonymousHand = (h: Hand): Hand => (h.name ? { ...h, name: '' } : h);
const anonymousBreakout = (b: Breakout): Breakout =>
  b.groups.some((g) => g.rapporteurName)
    ? { ...b, groups: b.groups.map((g) => (g.rapporteurName ? { ...g, rapporteurName: null } : g)) }
    : b;

/** The public state as follow screens receive it. */
export function followerView(pub: PublicState): PublicState {
  if (followersSeeNames(pub)) return pub;
  return {
    ...pub,
    notes: mapRecord(pub.notes, anonymousNote),
    questions: mapRecord(pub.questions, anonymousQuestion),
    commitments: mapRecord(pub.commitments, anonymousCommitment),
    hands: mapRecord(pub.hands, anonymousHand),
    breakouts: mapRecord(pub.breakouts, anonymousBreakout),
  };
}
