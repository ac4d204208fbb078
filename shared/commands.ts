/**
 * The one table of commands: a row per Socket.IO event with its input schema and its
 * acknowledgement type. The event maps both sides use are derived from it, and the server's
 * handler table (server/commands.ts) must have a row for every name here or it does not compile.
 *
 * To add a command: a row here (in the concern's file under shared/commands/), a row in the
 * concern's file under server/commands/ (action, who may send it, its command id, a pure
 * decide), and, if it needs a new action, a row in server/domain/permissions.ts. The
 * registration loop, the fuzz test and the role matrix pick it up from the tables.
 */
import type { z } from 'zod';
import type { Ack } from './errors.ts';
import { AGENDA_COMMANDS } from './commands/agenda.ts';
import { BOARD_COMMANDS } from './commands/boards.ts';
import { BREAKOUT_COMMANDS } from './commands/breakouts.ts';
import { DESIGN_COMMANDS } from './commands/design.ts';
import type { Answer, CommandSpec } from './commands/define.ts';
import { EXPECTATIONS_COMMANDS } from './commands/expectations.ts';
import { PEOPLE_COMMANDS } from './commands/people.ts';
import { QUESTIONS_COMMANDS } from './commands/questions.ts';
import { ROLES_COMMANDS } from './commands/roles.ts';
import { SESSION_COMMANDS } from './commands/session.ts';
import { SIGNALS_COMMANDS } from './commands/signals.ts';

export const COMMANDS = {
  ...SESSION_COMMANDS,
  ...AGENDA_COMMANDS,
  ...BOARD_COMMANDS,
  ...DESIGN_COMMANDS,
  ...ROLES_COMMANDS,
  ...EXPECTATIONS_COMMANDS,
  ...QUESTIONS_COMMANDS,
  ...PEOPLE_COMMANDS,
  ...SIGNALS_COMMANDS,
  ...BREAKOUT_COMMANDS,
};

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** What a client sends for command `E` (before the schema's defaults). */
export type CommandInput<E extends CommandName> = z.input<Commands[E]['input']>;
/** What the server's handler receives for command `E`, parsed. */
export type CommandPayload<E extends CommandName> = z.output<Commands[E]['input']>;
/** What command `E` acknowledges with, inside its Result. */
export type CommandValue<E extends CommandName> = Commands[E]['answers'] extends Answer<infer T> ? T : never;

/** The same table seen one command at a time: `COMMAND_SPECS[name].input` parses exactly what `name` carries. */
export const COMMAND_SPECS: { [E in CommandName]: CommandSpec<z.ZodType<CommandPayload<E>>, CommandValue<E>> } =
  COMMANDS;

/** Questions that change nothing and go nowhere near the workshop's state. */
export interface QueryEvents {
  'clock:ping': (input: null, ack: Ack<{ serverNow: number }>) => void;
}

export type CommandEvents = { [E in CommandName]: (input: CommandInput<E>, ack: Ack<CommandValue<E>>) => void };
