/** Every Socket.IO event, typed both ways. Each concern declares its own part in shared/protocol/. */
import type { AgendaCommands } from './protocol/agenda.ts';
import type { BoardCommands, BoardFacts } from './protocol/boards.ts';
import type { ExpectationsCommands, ExpectationsFacts } from './protocol/expectations.ts';
import type { PeopleCommands } from './protocol/people.ts';
import type { QuestionsCommands, QuestionsFacts } from './protocol/questions.ts';
import type { RolesCommands } from './protocol/roles.ts';
import type { SessionCommands, SessionFacts } from './protocol/session.ts';

export interface ClientToServerEvents
  extends SessionCommands,
    AgendaCommands,
    RolesCommands,
    ExpectationsCommands,
    QuestionsCommands,
    BoardCommands,
    PeopleCommands {}

export interface ServerToClientEvents extends SessionFacts, BoardFacts, ExpectationsFacts, QuestionsFacts {}
