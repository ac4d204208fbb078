/** Seeded junk for fuzz tests: the same seed gives the same inputs, so a failure reproduces. */
import * as encoding from 'lib0/encoding';
import { mulberry32 } from '../../shared/seeded-random.ts';

export interface Rng {
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Uint8Array;
}

/** Junk picked by mulberry32 (shared/seeded-random.ts). */
export function seededRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    bytes: (n) => Uint8Array.from({ length: n }, () => int(256)),
  };
}

const STRINGS = [
  '',
  ' ',
  '\u0000',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '💥'.repeat(50),
  '%00',
  '../../etc/passwd',
  'ACDEFG',
  'null',
  '-1',
  'NaN',
];

/** A random JSON-ish value: wrong types, long strings, deep nesting, prototype keys, binary. */
export function junkValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 6 ? 6 : 10)) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0, 1e308, Number.NaN]);
    case 2:
      return rng.pick(STRINGS);
    case 3:
      return 'x'.repeat(rng.int(4000)); // oversized messages are dropped whole: see security.test.ts
    case 4:
      return rng.next() < 0.5;
    case 5:
      return Buffer.from(rng.bytes(rng.int(64)));
    case 6:
      return Array.from({ length: rng.int(5) }, () => junkValue(rng, depth + 1));
    case 7:
      return deepNest(rng.int(200));
    case 8:
      return {
        __proto__: { role: 'facilitator' },
        constructor: { prototype: 1 },
        role: 'facilitator',
        facilitator: true,
      };
    default:
      return Object.fromEntries(
        Array.from({ length: rng.int(6) }, () => [
          rng.pick([...STRINGS, 'id', 'boardId', 'text', 'participantId', 'segmentId']),
          junkValue(rng, depth + 1),
        ]),
      );
  }
}

function deepNest(n: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** A malformed or hostile y-websocket frame: random bytes, truncations, bit flips, huge lengths, unknown types. */
export function junkYjsFrame(rng: Rng, valid: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  switch (rng.int(7)) {
    case 0:
      return rng.bytes(1 + rng.int(200));
    case 1:
      return valid.slice(0, rng.int(valid.length));
    case 2: {
      const flipped = valid.slice();
      for (let i = 0; i < 1 + rng.int(4); i++) flipped[rng.int(flipped.length)]! ^= 1 << rng.int(8);
      return flipped;
    }
    case 3: // sync message whose declared length runs far past the frame
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, rng.int(3));
      encoding.writeVarUint(e, 2 ** 31 + rng.int(1000));
      encoding.writeUint8Array(e, rng.bytes(rng.int(16)));
      return encoding.toUint8Array(e);
    case 4: // unknown message type, or unknown sync step
      encoding.writeVarUint(e, rng.pick([4, 5, 99, 2 ** 20]));
      encoding.writeUint8Array(e, rng.bytes(rng.int(32)));
      return encoding.toUint8Array(e);
    case 5: // state vector claiming a huge number of clients
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 8);
      encoding.writeVarUint(e, 1_000_000_000);
      return encoding.toUint8Array(e);
    default:
      return new Uint8Array(0);
  }
}
