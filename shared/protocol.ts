/** Every Socket.IO event, typed both ways. Each concern declares its own part in shared/protocol/. */
import type { SessionCommands, SessionFacts } from './protocol/session.ts';

export interface ClientToServerEvents extends SessionCommands {}

export interface ServerToClientEvents extends SessionFacts {}
