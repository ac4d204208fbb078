/** Every concern's Socket.IO handlers, registered on each new socket in this order. */
import { registerAgenda } from './agenda.ts';
import { registerBoards } from './boards.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { registerExpectations } from './expectations.ts';
import { registerGroups } from './groups.ts';
import { registerNotes } from './notes.ts';
import { registerPeople } from './people.ts';
import { registerQuestions } from './questions.ts';
import { registerRoles } from './roles.ts';
import { registerSession } from './session.ts';
import { registerVotes } from './votes.ts';
import { registerTimer } from './timer.ts';

export type Registration = (socket: PlenarySocket, ctx: HandlerContext) => Promise<void>;

export const REGISTRATIONS: readonly Registration[] = [
  registerSession,
  registerAgenda,
  registerTimer,
  registerRoles,
  registerExpectations,
  registerQuestions,
  registerNotes,
  registerGroups,
  registerVotes,
  registerBoards,
  registerPeople,
];
