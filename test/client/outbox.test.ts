/**
 * The outbox keeps an entry the server could not take now (no answer, the database down, too
 * much at once after an outage) and sends it again by itself; a refusal for good settles it.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCode, Result } from '../../shared/errors.ts';
import { createOutbox, type OutboxEntry } from '../../client/src/net/outbox.ts';

function outboxAnswering(answers: Array<Result<unknown>>) {
  const sent: string[] = [];
  const settled: Array<[string, Result<unknown>]> = [];
  const timers: Array<{ retry: () => void; ms: number }> = [];
  const outbox = createOutbox({
    storage: null,
    storageKey: 'outbox:test',
    send: async (entry: OutboxEntry) => {
      sent.push(entry.key);
      return answers.shift() ?? { ok: true, value: null };
    },
    newId: () => 'id',
    now: () => 0,
    onPending: () => undefined,
    onSettled: (entry, result) => settled.push([entry.key, result]),
    later: (retry, ms) => timers.push({ retry, ms }),
  });
  const add = (id: string) => outbox.enqueue('note:add', { id, boardId: 'b', column: 'c', text: id });
  return { outbox, sent, settled, timers, add };
}

/** Lets the flush that enqueue started run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const refused = (error: ErrorCode): Result<unknown> => ({ ok: false, error });

describe('the outbox', () => {
  it.each(['offline', 'unavailable', 'rate_limited'] as const)(
    'keeps an entry answered %s and retries it later',
    async (error) => {
      const o = outboxAnswering([refused(error)]);
      o.add('n1');
      await settle();
      expect(o.settled).toEqual([]);
      expect(o.outbox.pending().map((e) => e.key)).toEqual(['n1']);
      expect(o.timers.map((t) => t.ms)).toEqual([1000]);
      o.timers[0]!.retry();
      await settle();
      expect(o.settled).toEqual([['n1', { ok: true, value: null }]]);
      expect(o.outbox.pending()).toEqual([]);
    },
  );

  it('settles a refusal for good and goes on with the next entry', async () => {
    const o = outboxAnswering([refused('not_found')]);
    o.add('n1');
    o.add('n2');
    await settle();
    expect(o.settled.map(([key, r]) => [key, r.ok])).toEqual([
      ['n1', false],
      ['n2', true],
    ]);
    expect(o.timers).toEqual([]);
  });
});
