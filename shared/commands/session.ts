/** Joining a workshop. The token is made by the device, so a resent join finds the same identity. */
import { z } from 'zod';
import type { ParticipantId } from '../model.ts';
import { JoinInput } from '../schemas/session.ts';
import { answers, command } from './define.ts';

/** A device token: random, made by the device, kept on it; the server stores only its hash. */
export const DeviceToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, '32 to 128 letters, digits, - and _');

export const SESSION_COMMANDS = {
  /** Answers the participant id; from then on the device's token identifies it (reconnect with it). */
  'session:join': command(JoinInput.extend({ token: DeviceToken }), answers<{ participantId: ParticipantId }>()),
};
