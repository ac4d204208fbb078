import { describe, expect, it } from 'vitest';
import { noteSchedule, voteSchedule } from '../../bench/plan.ts';
import { ratio, summarize } from '../../bench/stats.ts';
import { BOARD_LIMITS } from '../../shared/schemas/boards.ts';

describe('bench percentiles (nearest rank)', () => {
  it.each([
    { samples: [5], p50: 5, p99: 5, max: 5 },
    { samples: [4, 1, 3, 2], p50: 2, p99: 4, max: 4 },
    { samples: Array.from({ length: 100 }, (_, i) => i + 1), p50: 50, p99: 99, max: 100 },
  ])('summarizes $samples.length samples', ({ samples, p50, p99, max }) => {
    expect(summarize(samples)).toMatchObject({ n: samples.length, p50, p99, max });
  });

  it('shows a missing distribution or floor as NaN rather than zero', () => {
    expect(summarize([]).p50).toBeNaN();
    expect(ratio(10, 0)).toBeNaN();
  });
});

describe('note schedule', () => {
  it.each([
    { participants: 80, rate: 80, expected: 76.2 },
    { participants: 100, rate: 80, expected: 80 },
    { participants: 10, rate: 5, expected: 5 },
  ])('$participants participants asked for $rate notes/s write at $expected', ({ participants, rate, expected }) => {
    expect(noteSchedule(participants, rate, 10_000, 'n').rate).toBe(expected);
  });

  it('never has one participant post faster than the product lets them (10 notes per 10 s)', () => {
    const { commands } = noteSchedule(80, 80, 30_000, 'n');
    const last = new Map<number, number>();
    for (const c of commands) {
      const prev = last.get(c.participant);
      if (prev !== undefined)
        expect(c.at - prev).toBeGreaterThan(BOARD_LIMITS.rateWindowMs / BOARD_LIMITS.notesPerWindow);
      last.set(c.participant, c.at);
    }
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
  });
});

describe('vote schedule', () => {
  it('spends each participant’s budget on distinct notes', () => {
    const casts = voteSchedule(4, 3, ['a', 'b', 'c', 'd', 'e'], 'challenges', 50);
    expect(casts).toHaveLength(12);
    for (let p = 0; p < 4; p++) {
      const notes = casts.filter((c) => c.participant === p).map((c) => (c.input as { noteId: string }).noteId);
      expect(new Set(notes).size).toBe(3);
    }
  });
});
