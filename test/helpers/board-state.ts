/** Pure board states for domain tests: the ILO workshop with chosen boards active, and people to act. */
import type { BoardMode, Note } from '../../shared/model.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import type { BoardActor } from '../../server/domain/notes.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';

export const T0 = 1_000_000;

export function person(id: string, attendance: 'room' | 'remote' = 'room'): Participant {
  return { id, name: `Name ${id}`, organisation: `Org ${id}`, attendance, tokenHash: `h-${id}`, joinedAt: 0 };
}

export const ANA = person('ana');
export const BEN = person('ben');
export const REMOTE = person('rem', 'remote');
export const FACILITATOR: BoardActor = { role: 'facilitator' };
export const as = (p: Participant): BoardActor => ({ role: 'participant', participant: p });

/** The ILO workshop with `challenges` active in `mode`, and Ana, Ben and a remote person joined. */
export function boardState(
  mode: BoardMode = 'open',
  opts: { active?: boolean; remoteWriting?: boolean } = {},
): WorkshopState {
  const s = initialState(loadTemplate('ilo-coop-2018'), 'TEST01', 'Test');
  const withPeople: WorkshopState = { ...s, priv: { ...s.priv, participants: { ana: ANA, ben: BEN, rem: REMOTE } } };
  const room = { ...withPeople.pub.room, activeBoardIds: opts.active === false ? [] : ['challenges', 'opportunities'] };
  return setBoardMode(
    { ...withPeople, pub: { ...withPeople.pub, room } },
    'challenges',
    mode,
    opts.remoteWriting ?? true,
  );
}

/** A shown note on `challenges`, written directly into the state. */
export function withNote(s: WorkshopState, id: string, author: Participant, extra: Partial<Note> = {}): WorkshopState {
  const note: Note = {
    id,
    boardId: 'challenges',
    column: 'Markets and trade',
    text: `text ${id}`,
    authorId: author.id,
    authorName: author.name,
    organisation: author.organisation,
    groupId: null,
    createdAt: T0 - 60_000,
    updatedAt: T0 - 60_000,
    ...extra,
  };
  return { ...s, pub: { ...s.pub, notes: { ...s.pub.notes, [id]: note } } };
}

/** Unwraps an ok Result or throws with its error code, so a test fails with the reason. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r.value;
}
