/**
 * Undo for destructive facilitator actions. Each action keeps the "before" image of every
 * note, group and hidden note it touched; undoing puts those images back as they were.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Group, Note } from '../../shared/model.ts';
import type { Decision, WorkshopState } from './state.ts';

/** How many actions can be undone; older ones are forgotten. */
export const UNDO_MAX = 50;

export interface UndoImages {
  notes: Record<string, Note | null>;
  groups: Record<string, Group | null>;
  hiddenNotes: Record<string, Note | null>;
}

export interface UndoEntry {
  seq: number;
  /** The command that made this entry, e.g. `note:delete`; shown as "undo <label>". */
  label: string;
  at: number;
  /** Each touched entity as it was before, `null` when it did not exist. */
  before: UndoImages;
}

function imagesOf<T extends Note | Group>(prev: Record<string, T>, next: Record<string, T>): Record<string, T | null> {
  const out: Record<string, T | null> = {};
  if (prev === next) return out;
  for (const [id, value] of Object.entries(next)) if (prev[id] !== value) out[id] = prev[id] ?? null;
  for (const [id, value] of Object.entries(prev)) if (!(id in next)) out[id] = value;
  return out;
}

const sizeOf = (i: UndoImages) => Object.keys(i.notes).length + Object.keys(i.groups).length + Object.keys(i.hiddenNotes).length;
const keyOf = (seq: number) => `u${String(seq).padStart(9, '0')}`;

/** The newest entry, or null when there is nothing to undo. */
export function lastUndo(s: WorkshopState): UndoEntry | null {
  const keys = Object.keys(s.priv.undo).sort();
  const last = keys[keys.length - 1];
  return last === undefined ? null : (s.priv.undo[last] ?? null);
}

/** Adds an undo entry for what changed from `prev` to `next`; an action that changed nothing adds none. */
export function recordUndo(prev: WorkshopState, next: WorkshopState, label: string, now: number): WorkshopState {
  const before: UndoImages = {
    notes: imagesOf(prev.pub.notes, next.pub.notes),
    groups: imagesOf(prev.pub.groups, next.pub.groups),
    hiddenNotes: imagesOf(prev.priv.hiddenNotes, next.priv.hiddenNotes),
  };
  if (sizeOf(before) === 0) return next;
  const seq = (lastUndo(next)?.seq ?? 0) + 1;
  const undo = { ...next.priv.undo, [keyOf(seq)]: { seq, label, at: now, before } };
  for (const key of Object.keys(undo).sort().slice(0, -UNDO_MAX)) delete undo[key];
  return { ...next, priv: { ...next.priv, undo } };
}

function restore<T extends Note | Group>(current: Record<string, T>, images: Record<string, T | null>): Record<string, T> {
  if (Object.keys(images).length === 0) return current;
  const out = { ...current };
  for (const [id, image] of Object.entries(images)) {
    if (image === null) delete out[id];
    else out[id] = image;
  }
  return out;
}

/** Reverts the newest undoable action and forgets it; answers its label. */
export function undoLast(s: WorkshopState): Result<Decision<{ label: string }>> {
  const entry = lastUndo(s);
  if (!entry) return fail('nothing_to_undo');
  const { notes, groups, hiddenNotes } = entry.before;
  const undo = { ...s.priv.undo };
  delete undo[keyOf(entry.seq)];
  const state: WorkshopState = {
    pub: { ...s.pub, notes: restore(s.pub.notes, notes), groups: restore(s.pub.groups, groups) },
    priv: { ...s.priv, hiddenNotes: restore(s.priv.hiddenNotes, hiddenNotes), undo },
  };
  return ok({ state, value: { label: entry.label } });
}
