/** The facilitator, driven from the orchestrator: a real Socket.IO client holding the facilitator key. */
import type { CommandName, CommandValue } from '../shared/commands.ts';
import { connectSocket, sendWithin, type TestInput, type TestSocket } from '../test/helpers/clients.ts';
import { monoMs } from './stats.ts';

/** Generous: under load the facilitator's command waits behind the room's in the workshop's queue. */
const ACK_TIMEOUT_MS = 60_000;

export interface Facilitator {
  /** Sends a command; throws when refused; answers its value and the monotonic send time. */
  command<E extends CommandName>(
    event: E,
    input: TestInput<E>,
  ): Promise<{ value: CommandValue<E>; sentAt: number; ackMs: number }>;
  close(): void;
}

/**
 * Connects as the facilitator of `code`; `log` hears if the server drops it. It reconnects by
 * itself (commands sent meanwhile wait for it), so a stalled server shows in the figures
 * instead of ending the run.
 */
export async function connectFacilitator(
  url: string,
  code: string,
  facilitatorKey: string,
  log: (line: string) => void,
): Promise<Facilitator> {
  const { socket }: { socket: TestSocket } = await connectSocket(
    url,
    { code, facilitatorKey, client: 'facilitate' },
    { reconnection: true },
  );
  socket.on('disconnect', (reason) => log(`facilitator disconnected: ${reason}`));
  return {
    async command<E extends CommandName>(event: E, input: TestInput<E>) {
      const sentAt = monoMs();
      const r = await sendWithin(ACK_TIMEOUT_MS, socket, event, input);
      const ackMs = monoMs() - sentAt;
      if (!r.ok) throw new Error(`facilitator ${event} refused: ${r.error}${r.detail ? ` (${r.detail})` : ''}`);
      return { value: r.value, sentAt, ackMs };
    },
    close: () => void socket.disconnect(),
  };
}
