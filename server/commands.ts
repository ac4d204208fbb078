/**
 * The one table of command handlers: a row per command of shared/commands.ts, each saying the
 * action it needs, who may send it, how its command id is formed, and how it decides. A
 * command without a row here does not compile; one loop (realtime/commands.ts) registers them.
 */
import type { CommandName } from '../shared/commands.ts';
import { AGENDA_HANDLERS } from './commands/agenda.ts';
import { BOARD_HANDLERS } from './commands/boards.ts';
import { BREAKOUT_HANDLERS } from './commands/breakouts.ts';
import { DESIGN_HANDLERS } from './commands/design.ts';
import type { Handlers } from './commands/handler.ts';
import { PEOPLE_HANDLERS } from './commands/people.ts';
import { QUESTIONS_HANDLERS } from './commands/questions.ts';
import { EXPECTATIONS_HANDLERS } from './commands/expectations.ts';
import { ROLES_HANDLERS } from './commands/roles.ts';
import { SESSION_HANDLERS } from './commands/session.ts';
import { SIGNALS_HANDLERS } from './commands/signals.ts';

export const HANDLERS: Handlers<CommandName> = {
  ...SESSION_HANDLERS,
  ...AGENDA_HANDLERS,
  ...BOARD_HANDLERS,
  ...DESIGN_HANDLERS,
  ...ROLES_HANDLERS,
  ...EXPECTATIONS_HANDLERS,
  ...QUESTIONS_HANDLERS,
  ...PEOPLE_HANDLERS,
  ...SIGNALS_HANDLERS,
  ...BREAKOUT_HANDLERS,
};
