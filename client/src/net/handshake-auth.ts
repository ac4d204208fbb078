/**
 * What a socket presents when it connects. Read at every attempt, not once: after the
 * facilitator replaces the key (features/keys), this device holds the new one, and a console or
 * projector the server closed for the old key comes back with the new one by itself.
 */
import type { SocketAuth } from '../../../shared/schemas/session.ts';
import { facilitatorKey } from './identity.ts';

export interface HandshakeSource {
  code: string;
  client: SocketAuth['client'];
  facilitatorKey?: string | null;
  participantToken?: string | null;
}

export function handshakeAuth(opts: HandshakeSource): SocketAuth {
  const key = opts.facilitatorKey ? (facilitatorKey(opts.code) ?? opts.facilitatorKey) : null;
  return {
    code: opts.code,
    client: opts.client,
    ...(key ? { facilitatorKey: key } : {}),
    ...(opts.participantToken ? { participantToken: opts.participantToken } : {}),
  };
}
