/** What each route downloads before it shows anything, against its budget (the build `npm test` just made). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_BUDGET, routeSizes } from '../../bench/route-sizes.ts';

const sizes = routeSizes(path.resolve('dist/client'));
const of = (route: string) => sizes.find((s) => s.route === route)!;

describe('route download sizes (gzip)', () => {
  it('keeps the follow route within its budget for a 3G phone', () => {
    expect(of('follow').total).toBeLessThanOrEqual(FOLLOW_BUDGET);
  });

  it('keeps the participant route within 140 KB', () => {
    expect(of('participant').total).toBeLessThanOrEqual(140_000);
  });

  it('follows without Socket.IO: only writing fetches the socket client', () => {
    // engine.io puts its protocol version in every request as `EIO=`; no other library says it.
    const speaksEngineIo = (files: string[]) =>
      files.some((f) => f.endsWith('.js') && fs.readFileSync(path.resolve('dist/client', f), 'utf8').includes('EIO'));
    expect(speaksEngineIo(of('participant').files)).toBe(true);
    expect(speaksEngineIo(of('follow').files)).toBe(false);
  });
});
