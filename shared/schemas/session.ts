/** Inbound payloads for joining a workshop and the socket handshake. */
import { z } from 'zod';
import { LIMITS } from './agenda.ts';

export const Name = z.string().trim().min(1).max(LIMITS.nameMax);

export const JoinInput = z.object({
  name: Name,
  organisation: z.string().trim().min(1).max(LIMITS.nameMax),
  attendance: z.enum(['room', 'remote']),
  /** The table they sit at, for breakout groups by table. */
  table: z.string().trim().min(1).max(20).optional(),
});
export type JoinInput = z.infer<typeof JoinInput>;

export const SocketAuth = z.object({
  code: z.string().min(1).max(16),
  facilitatorKey: z.string().max(200).optional(),
  participantToken: z.string().max(200).optional(),
  /** Which screen connects; followers and projectors are read-only. */
  client: z.enum(['participant', 'facilitate', 'screen', 'follow']),
});
export type SocketAuth = z.infer<typeof SocketAuth>;

export const Empty = z
  .null()
  .or(z.undefined())
  .transform(() => null);
