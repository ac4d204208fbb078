/**
 * The single path every Socket.IO command takes: parse with the command table's schema, check
 * the sender against the permission table, run it through the hub (which checks the rights
 * again when the command's turn comes) and acknowledge with a Result. One loop registers
 * every command of the table; nothing downstream sees `unknown`.
 */
import {
  COMMAND_NAMES,
  COMMAND_SPECS,
  type CommandName,
  type CommandPayload,
  type CommandValue,
} from '../../shared/commands.ts';
import { fail, type Result } from '../../shared/errors.ts';
import { HANDLERS } from '../commands.ts';
import type { WorkshopState } from '../domain/state.ts';
import { tokensExpired } from '../domain/token-expiry.ts';
import { authorize, decisionOf } from '../commands/decision.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { listen } from './listen.ts';
import { joinOnce, type Around } from './session.ts';

/** What the transport does around a command's run, beyond parsing, authorizing and acknowledging it. */
const AROUND: { [E in CommandName]?: Around<E> } = { 'session:join': joinOnce };

/** Registers every command of the table on one socket. */
export function registerCommands(socket: PlenarySocket, ctx: HandlerContext): void {
  for (const name of COMMAND_NAMES) register(socket, ctx, name);
}

function register<E extends CommandName>(socket: PlenarySocket, ctx: HandlerContext, name: E): void {
  listen(socket, ctx, name, COMMAND_SPECS[name].input, (input) => runCommand(socket, ctx, name, input));
}

function runCommand<E extends CommandName>(
  socket: PlenarySocket,
  ctx: HandlerContext,
  name: E,
  input: CommandPayload<E>,
): Promise<Result<unknown>> {
  const around = AROUND[name];
  const run = () => decide(socket, ctx, name, input);
  return around ? around(socket, ctx, input, run) : run();
}

async function decide<E extends CommandName>(
  socket: PlenarySocket,
  ctx: HandlerContext,
  name: E,
  input: CommandPayload<E>,
): Promise<Result<CommandValue<E>>> {
  const handler = HANDLERS[name];
  const code = socket.data.code;
  const workshop = await ctx.hub.get(code);
  if (!workshop) return fail('not_found');
  // A socket that came with a participant's token before it expired is refused from then on too.
  if (participantTokenExpired(socket, ctx, workshop.state)) return fail('token_expired');
  const sender = authorize(handler, socket.data, workshop.state);
  if (!sender.ok) {
    ctx.log.info('command_refused', { command: name, code, reason: sender.error });
    return sender;
  }
  return ctx.hub.execute(code, {
    type: name,
    actor: sender.value.id,
    commandId: handler.commandId(input),
    decide: decisionOf(handler, socket.data, input),
  });
}

function participantTokenExpired(socket: PlenarySocket, ctx: HandlerContext, s: WorkshopState): boolean {
  if (socket.data.facilitator || socket.data.participantId === null) return false;
  return tokensExpired(s, ctx.tokenTtlHours, ctx.clock.now());
}
