/** A participant token opens its workshop until TOKEN_TTL_HOURS after the day was finished. */
import { describe, expect, it } from 'vitest';
import { tokenVerdict } from '../../server/domain/token-expiry.ts';

const H = 60 * 60 * 1000;
const FINISHED = Date.UTC(2018, 5, 12, 17, 0);

describe('tokenVerdict (72 h)', () => {
  it.each([
    ['a day not finished, a year on', null, FINISHED + 365 * 24 * H, 'valid'],
    ['the moment the day is finished', FINISHED, FINISHED, 'valid'],
    ['a millisecond before 72 h', FINISHED, FINISHED + 72 * H - 1, 'valid'],
    ['at 72 h', FINISHED, FINISHED + 72 * H, 'expired'],
    ['a year on', FINISHED, FINISHED + 365 * 24 * H, 'expired'],
    ['a clock set back before the finish', FINISHED, FINISHED - H, 'valid'],
  ] as const)('%s: %s', (_case, finishedAt, now, verdict) => {
    expect(tokenVerdict(finishedAt, 72, now)).toBe(verdict);
  });

  it('follows the configured hours', () => {
    expect(tokenVerdict(FINISHED, 1, FINISHED + H - 1)).toBe('valid');
    expect(tokenVerdict(FINISHED, 1, FINISHED + H)).toBe('expired');
  });
});
