/**
 * Undo for destructive facilitator actions. Each action keeps, for every note, group, hidden
 * note and commitment it touched, the entity before and after. Undo brings back what the action
 * removed, removes what it created, and sets back only the fields it changed: a text the
 * author edited since a move survives undoing the move, and a note the author deleted since
 * stays deleted.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Breakout } from '../../shared/breakouts.ts';
import type { Commitment, Group, Note } from '../../shared/model.ts';
import type { Decision, WorkshopState } from './state.ts';
import { hasEntry, ownEntry } from '../../shared/ids.ts';
import { changedIds } from './collections.ts';

/** How many actions can be undone; older ones are forgotten. */
export const UNDO_MAX = 50;

export interface Change<T> {
  before: T | null;
  after: T | null;
}

export interface UndoChanges {
  notes: Record<string, Change<Note>>;
  groups: Record<string, Change<Group>>;
  hiddenNotes: Record<string, Change<Note>>;
  /** Absent in entries stored before commitments could be undone. */
  commitments?: Record<string, Change<Commitment>>;
  /** A breakout's status and merge record, so undoing a merge lets it be merged again. */
  breakouts?: Record<string, Change<Breakout>>;
}

export interface UndoEntry {
  seq: number;
  /** The command that made this entry, e.g. `note:delete`; shown as "undo <label>". */
  label: string;
  at: number;
  changes: UndoChanges;
}

function changesOf<T>(prev: Record<string, T>, next: Record<string, T>): Record<string, Change<T>> {
  const out: Record<string, Change<T>> = {};
  for (const id of changedIds(prev, next)) {
    const before = ownEntry(prev, id) ?? null;
    const after = ownEntry(next, id) ?? null;
    if (before !== after) out[id] = { before, after };
  }
  return out;
}

const sizeOf = (c: UndoChanges) =>
  [c.notes, c.groups, c.hiddenNotes, c.commitments ?? {}, c.breakouts ?? {}].reduce(
    (n, x) => n + Object.keys(x).length,
    0,
  );
const keyOf = (seq: number) => `u${String(seq).padStart(9, '0')}`;

/** The newest entry, or null when there is nothing to undo. */
export function lastUndo(s: WorkshopState): UndoEntry | null {
  const keys = Object.keys(s.priv.undo).sort();
  const last = keys[keys.length - 1];
  return last === undefined ? null : (ownEntry(s.priv.undo, last) ?? null);
}

/** Adds an undo entry for what changed from `prev` to `next`; an action that changed nothing adds none. */
export function recordUndo(prev: WorkshopState, next: WorkshopState, label: string, now: number): WorkshopState {
  const changes: UndoChanges = {
    notes: changesOf(prev.pub.notes, next.pub.notes),
    groups: changesOf(prev.pub.groups, next.pub.groups),
    hiddenNotes: changesOf(prev.priv.hiddenNotes, next.priv.hiddenNotes),
    commitments: changesOf(prev.pub.commitments, next.pub.commitments),
    breakouts: changesOf(prev.pub.breakouts, next.pub.breakouts),
  };
  if (sizeOf(changes) === 0) return next;
  const seq = (lastUndo(next)?.seq ?? 0) + 1;
  const undo = { ...next.priv.undo, [keyOf(seq)]: { seq, label, at: now, changes } };
  for (const key of Object.keys(undo).sort().slice(0, -UNDO_MAX)) delete undo[key];
  return { ...next, priv: { ...next.priv, undo } };
}

/** The fields `after` changed from `before`, with their `before` values. */
function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(before) as Array<keyof T>) if (before[k] !== after[k]) out[k] = before[k];
  return out;
}

function revert<T extends object>(current: Record<string, T>, changes: Record<string, Change<T>>): Record<string, T> {
  if (Object.keys(changes).length === 0) return current;
  const out = { ...current };
  for (const [id, { before, after }] of Object.entries(changes)) {
    const now = out[id];
    if (before === null) delete out[id];
    else if (after === null) out[id] = before;
    else if (now) out[id] = { ...now, ...changedFields(before, after) };
  }
  return out;
}

/** Reverts the newest undoable action and forgets it; answers its label. */
export function undoLast(s: WorkshopState): Result<Decision<{ label: string }>> {
  const entry = lastUndo(s);
  if (!entry) return fail('nothing_to_undo');
  const { notes, groups, hiddenNotes, commitments = {}, breakouts = {} } = entry.changes;
  const undo = { ...s.priv.undo };
  delete undo[keyOf(entry.seq)];
  // A commitment the action created (a merge's) takes its contact details with it.
  let contacts = s.priv.contacts;
  for (const [id, c] of Object.entries(commitments))
    if (c.before === null && hasEntry(contacts, id)) {
      const { [id]: _gone, ...rest } = contacts;
      contacts = rest;
    }
  const state: WorkshopState = {
    pub: {
      ...s.pub,
      notes: revert(s.pub.notes, notes),
      groups: revert(s.pub.groups, groups),
      commitments: revert(s.pub.commitments, commitments),
      breakouts: revert(s.pub.breakouts, breakouts),
    },
    priv: { ...s.priv, hiddenNotes: revert(s.priv.hiddenNotes, hiddenNotes), contacts, undo },
  };
  return ok({ state, value: { label: entry.label } });
}
