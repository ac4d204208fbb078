/**
 * Answers to sync step 1, encoded once per document version. Encoding a whole document costs
 * milliseconds of the one main thread, and a state vector costs a caller three bytes to send, so
 * a new replica (or one that lacks nearly all of it) gets the one full-state frame every other
 * such replica of this version gets; any other gets its diff, kept for the others that send the
 * same state vector (after a restart, most of them do). What a caller may still cost is bounded
 * by the bytes it is sent (the `syncAnswer` budget).
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
/** Diffs kept per document version, for distinct state vectors. */
const DIFFS_KEPT = 16;
/** A state vector longer than this (honest ones hold one entry per server start) gets the full state. */
const VECTOR_KEY_MAX = 512;
/**
 * A replica missing more than this share of the document's structs gets the full state (at most a
 * tenth more bytes than its diff): a remote follower on a slow link pays for every byte.
 */
const FAR_BEHIND = 0.9;

export interface SyncAnswers {
  /** The sync step 2 frame answering `stateVector` for `doc` as it is now. */
  answer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array;
}

interface Version {
  full: Uint8Array | null;
  diffs: Map<string, Uint8Array>;
}

/** Creates the cache; documents it no longer sees are collected with it. */
export function createSyncAnswers(): SyncAnswers {
  const versions = new WeakMap<Y.Doc, Version>();
  const versionOf = (doc: Y.Doc): Version => {
    let v = versions.get(doc);
    if (!v) {
      const fresh: Version = { full: null, diffs: new Map() };
      doc.on('update', () => {
        fresh.full = null;
        fresh.diffs.clear();
      });
      versions.set(doc, fresh);
      v = fresh;
    }
    return v;
  };
  return {
    answer(doc, stateVector) {
      const v = versionOf(doc);
      if (stateVector.byteLength > VECTOR_KEY_MAX || farBehind(doc, stateVector)) {
        v.full ??= frame(Y.encodeStateAsUpdate(doc));
        return v.full;
      }
      const key = Buffer.from(stateVector).toString('latin1');
      const kept = v.diffs.get(key);
      if (kept) return kept;
      const diff = frame(Y.encodeStateAsUpdate(doc, stateVector));
      if (v.diffs.size >= DIFFS_KEPT) v.diffs.delete(v.diffs.keys().next().value!);
      v.diffs.set(key, diff);
      return diff;
    },
  };
}

/** Whether a replica at `stateVector` lacks so much of `doc` that a diff would cost nearly a full encoding. */
function farBehind(doc: Y.Doc, stateVector: Uint8Array): boolean {
  const theirs = Y.decodeStateVector(stateVector);
  let total = 0;
  let missing = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    total += clock;
    missing += clock - Math.min(clock, theirs.get(client) ?? 0);
  }
  return missing > total * FAR_BEHIND;
}

function frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
