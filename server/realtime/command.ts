/**
 * The single path every Socket.IO command takes: parse with zod, check the role against
 * the permission table, run, and acknowledge with a Result. Nothing downstream sees `unknown`.
 */
import type { z } from 'zod';
import { fail, type Result } from '../../shared/errors.ts';
import type { ClientToServerEvents } from '../../shared/protocol.ts';
import { can, type Action } from '../domain/permissions.ts';
import type { WorkshopState } from '../domain/state.ts';
import { actorOf, type Actor, type HandlerContext, type PlenarySocket } from './context.ts';

type EventName = keyof ClientToServerEvents;
type AckValue<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (r: Result<infer T>) => void
  ? T
  : never;

export interface CommandSpec<S extends z.ZodType> {
  schema: S;
  action: Action;
}

/** Registers `event` on `socket`; `run` receives parsed input and the socket's current actor. */
export function onCommand<E extends EventName, S extends z.ZodType>(
  socket: PlenarySocket,
  ctx: HandlerContext,
  event: E,
  spec: CommandSpec<S>,
  run: (input: z.infer<S>, actor: Actor) => Promise<Result<AckValue<E>>>,
): void {
  const handler = async (args: unknown[], ack: unknown): Promise<void> => {
    if (typeof ack !== 'function') {
      ctx.log.warn('command_without_ack', { command: event, code: socket.data.code });
      return;
    }
    const reply = ack as (r: Result<unknown>) => void;
    if (args.length > 1) {
      ctx.log.info('command_refused', { command: event, code: socket.data.code, reason: 'extra_arguments' });
      return reply(fail('bad_request', 'one input, then the acknowledgement'));
    }
    const parsed = spec.schema.safeParse(args[0]);
    if (!parsed.success) {
      ctx.log.info('command_refused', { command: event, code: socket.data.code, reason: 'bad_request' });
      return reply(
        fail(
          'bad_request',
          parsed.error.issues
            .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
            .join('; ')
            .slice(0, 300),
        ),
      );
    }
    const workshop = await ctx.hub.get(socket.data.code);
    if (!workshop) return reply(fail('not_found'));
    const actor = actorOf(socket.data, workshop.state);
    if (!can(actor.role, spec.action)) {
      ctx.log.info('command_refused', {
        command: event,
        code: socket.data.code,
        reason: 'forbidden',
        role: actor.role,
      });
      return reply(fail('forbidden'));
    }
    // Checked again by the hub when the command's turn comes: a kick queued before it still stops it.
    const stillAllowed = (state: WorkshopState) => can(actorOf(socket.data, state).role, spec.action);
    reply(await ctx.guards.run(stillAllowed, () => run(parsed.data, actor)));
  };
  // The acknowledgement is whatever comes last, so a wrong number of inputs is answered too.
  socket.on(event as string as 'clock:ping', (...received: unknown[]) => {
    const ack = typeof received.at(-1) === 'function' ? received.at(-1) : undefined;
    handler(ack ? received.slice(0, -1) : received, ack).catch((err: unknown) => {
      ctx.log.error('command_failed', { command: event, code: socket.data.code, error: String(err) });
      if (typeof ack === 'function') (ack as (r: Result<unknown>) => void)(fail('internal'));
    });
  });
}
