/** Listening for one client event: the input parsed once, the acknowledgement always answered. */
import type { z } from 'zod';
import { fail, type Result } from '../../shared/errors.ts';
import type { ClientToServerEvents } from '../../shared/protocol.ts';
import { isRetryable } from '../persistence/port.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/**
 * Listens for `event` on `socket`: the acknowledgement is whatever comes last, so a wrong number
 * of inputs is answered too; the input is parsed before `run` sees it.
 */
export function listen<T>(
  socket: PlenarySocket,
  ctx: HandlerContext,
  event: keyof ClientToServerEvents,
  schema: z.ZodType<T>,
  run: (input: T) => Promise<Result<unknown>>,
): void {
  socket.on(event, (...received: unknown[]) => {
    const ack = received.at(-1);
    if (typeof ack !== 'function') {
      ctx.log.warn('command_without_ack', { command: event, code: socket.data.code });
      return;
    }
    const receivedAt = performance.now();
    const reply = (r: Result<unknown>) => {
      (ack as (r: Result<unknown>) => void)(r);
      ctx.onAnswered?.(event, r, performance.now() - receivedAt);
    };
    const args = received.slice(0, -1);
    if (args.length > 1) {
      ctx.log.info('command_refused', { command: event, code: socket.data.code, reason: 'extra_arguments' });
      return reply(fail('bad_request', 'one input, then the acknowledgement'));
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      ctx.log.info('command_refused', { command: event, code: socket.data.code, reason: 'bad_request' });
      return reply(fail('bad_request', describe(parsed.error)));
    }
    run(parsed.data).then(reply, (err: unknown) => {
      // The workshop could not be read (its database is down, or another node holds it): the client tries again.
      if (isRetryable(err)) return reply(fail('unavailable'));
      ctx.log.error('command_failed', { command: event, code: socket.data.code, error: String(err) });
      reply(fail('internal'));
    });
  });
}

/** Zod's issues in one short line for the client; never exception text. */
function describe(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
    .join('; ')
    .slice(0, 300);
}
