/** A bare participant connection, for a simulated participant of a rehearsal: it sends commands like a phone, and reads the room from the console's replica. */
import { io } from 'socket.io-client';
import { commandSender, type SendCommand } from './commands.ts';

export interface ParticipantSocket {
  send: SendCommand;
  close(): void;
}

/** Connects to workshop `code` as a participant (not yet joined); `onConnect` runs on every (re)connection. */
export function openParticipantSocket(code: string, onConnect: () => void): ParticipantSocket {
  const socket = io(location.origin, {
    path: '/socket.io',
    auth: { code, client: 'participant' },
    // The balancer's key: this socket reaches the node that owns the workshop (see connection.ts).
    query: { w: code },
    transports: ['websocket'],
  });
  socket.on('connect', onConnect);
  return { send: commandSender(socket), close: () => void socket.close() };
}
