/** Every concern's Socket.IO handlers, registered on each new socket in this order. */
import { registerAgenda } from './agenda.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { registerExpectations } from './expectations.ts';
import { registerQuestions } from './questions.ts';
import { registerRoles } from './roles.ts';
import { registerSession } from './session.ts';
import { registerTimer } from './timer.ts';

export type Registration = (socket: PlenarySocket, ctx: HandlerContext) => Promise<void>;

export const REGISTRATIONS: readonly Registration[] = [registerSession, registerAgenda, registerTimer, registerRoles, registerExpectations, registerQuestions];
