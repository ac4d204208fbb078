/** Sends scheduled participant commands and raw floor messages at their planned times. */
import type { Socket } from 'socket.io-client';
import type { Result } from '../../shared/errors.ts';
import type { CommandSample, FloorSend, Scheduled } from '../protocol.ts';
import { monoMs } from '../stats.ts';
import type WebSocket from 'ws';

const ACK_TIMEOUT_MS = 15_000;

/** Resolves after `ms`, measured on the monotonic clock every process shares. */
function until(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - monoMs())));
}

/** Sends each command from its participant at `startAt + at` and records the ack latency. */
export async function runCommands(sockets: Socket[], startAt: number, commands: Scheduled[]): Promise<CommandSample[]> {
  return Promise.all(
    commands.map(async (c): Promise<CommandSample> => {
      const socket = sockets[c.participant];
      if (!socket) throw new Error(`no participant ${c.participant} in this worker`);
      await until(startAt + c.at);
      const sentAt = monoMs();
      try {
        const r = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(c.event, c.input)) as Result<unknown>;
        const ackMs = monoMs() - sentAt;
        return r.ok ? { id: c.id, sentAt, ackMs, ok: true } : { id: c.id, sentAt, ackMs, ok: false, error: r.error };
      } catch {
        return { id: c.id, sentAt, ackMs: monoMs() - sentAt, ok: false, error: 'ack_timeout' };
      }
    }),
  );
}

/** Sends each floor message (its id, padded to `size` bytes) from its raw ws client. */
export async function runFloor(
  clients: WebSocket[],
  startAt: number,
  sends: FloorSend[],
  size: number,
): Promise<Array<{ id: string; sentAt: number }>> {
  return Promise.all(
    sends.map(async (s) => {
      const ws = clients[s.client];
      if (!ws) throw new Error(`no floor client ${s.client} in this worker`);
      await until(startAt + s.at);
      const body = Buffer.alloc(Math.max(size, s.id.length + 1), 0x20);
      body.write(`${s.id}\n`);
      const sentAt = monoMs();
      ws.send(body);
      return { id: s.id, sentAt };
    }),
  );
}
