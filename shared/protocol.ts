/**
 * Every Socket.IO event, typed both ways: what clients send comes from the command table
 * (shared/commands.ts); what the server tells clients is declared per concern in shared/protocol/.
 */
import type { CommandEvents, QueryEvents } from './commands.ts';
import type { BoardFacts } from './protocol/boards.ts';
import type { BreakoutFacts } from './protocol/breakouts.ts';
import type { ExpectationsFacts } from './protocol/expectations.ts';
import type { QuestionsFacts } from './protocol/questions.ts';
import type { RolesFacts } from './protocol/roles.ts';
import type { SessionFacts } from './protocol/session.ts';
import type { SignalsFacts } from './protocol/signals.ts';

export type ClientToServerEvents = CommandEvents & QueryEvents;

export interface ServerToClientEvents
  extends SessionFacts,
    BoardFacts,
    ExpectationsFacts,
    QuestionsFacts,
    RolesFacts,
    SignalsFacts,
    BreakoutFacts {}
