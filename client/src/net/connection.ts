/**
 * One page's link to one workshop: a Socket.IO connection for commands and facts, and a
 * read-only Yjs replica for the state. Facts flow into the stores; nothing else here knows React.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol.ts';
import {
  followSessions,
  setClockOffset,
  setRefused,
  setSocketConnected,
  setSocketSilent,
} from '../stores/connection.ts';
import { setMyRatings } from '../stores/expectations.ts';
import { setPresence } from '../stores/presence.ts';
import { setMyUpvotes } from '../stores/questions.ts';
import { setMyDone } from '../stores/my-done.ts';
import { setContactDetails } from '../stores/contacts.ts';
import { setGroupBoards } from '../stores/my-board.ts';
import { useWorkshop } from '../stores/workshop.ts';
import { linkBoards } from './board-link.ts';
import { offsetFromSamples, sampleClock } from './clock.ts';
import { commandSender, createIntents, type Intents } from './commands.ts';
import { handshakeAuth, type HandshakeSource } from './handshake-auth.ts';
import { keepConnected, MANUAL_RECONNECTION } from './keep-connected.ts';
import type { Outbox } from './outbox.ts';
import { openWorkshopReplica, type ReplicaLink } from './replica-link.ts';
import { watchSilence } from './silence.ts';

export type PlenarySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Connection {
  code: string;
  socket: PlenarySocket;
  replica: ReplicaLink;
  /** Every command the page can send; each answers a Result, `offline` when not connected or no answer in time. */
  intents: Intents;
  /** Note commands that must survive going offline and reloads go through here. */
  outbox: Outbox;
  close(): void;
}

export interface ConnectOptions extends HandshakeSource {
  baseUrl: string;
  /** Follow the low-data document (a follower who joined to write or ask, in low-data mode). */
  lowData?: boolean;
}

/** Opens both channels and wires their facts into the stores. */
export function connectWorkshop(opts: ConnectOptions): Connection {
  let presented = handshakeAuth(opts);
  const socket: PlenarySocket = io(opts.baseUrl, {
    path: '/socket.io',
    auth: (answer) => {
      presented = handshakeAuth(opts);
      answer(presented);
    },
    // On every polling request and the upgrade: a balancer in front of many nodes hashes on it,
    // so this connection reaches the node that owns the workshop (`/yjs/CODE` carries it already).
    query: { w: opts.code },
    transports: ['websocket', 'polling'],
    ...MANUAL_RECONNECTION,
  });
  const stopRetrying = keepConnected(socket, (reason) => {
    // Refused with a key this device has replaced since (the rotation's answer came after the retry left): again, with the new one.
    if (reason === 'unauthorized' && handshakeAuth(opts).facilitatorKey !== presented.facilitatorKey) socket.connect();
    else setRefused(reason);
  });

  const send = commandSender(socket);

  const syncClock = () =>
    sampleClock(
      async () => {
        if (!socket.connected) throw new Error('offline');
        const r = await socket.timeout(5000).emitWithAck('clock:ping', null);
        if (!r.ok) throw new Error(r.error);
        return r.value.serverNow;
      },
      () => Date.now(),
    ).then(
      (samples) => {
        const offset = offsetFromSamples(samples);
        if (offset !== null) setClockOffset(offset);
      },
      () => undefined,
    );

  let heard = Date.now();
  const hear = () => {
    heard = Date.now();
  };
  const stopWatch = watchSilence({
    connected: () => socket.connected,
    lastHeard: () => heard,
    onSilent: setSocketSilent,
    // Closing the transport reads as 'transport close', after which Socket.IO reconnects by itself.
    reconnect: () => socket.io.engine?.close(),
    // A reconnect brings a fresh session and this device's facts; jittered, so a stalled server is not stormed.
    recovered: () => setTimeout(() => socket.io.engine?.close(), Math.random() * 2000),
  });
  socket.io.on('ping', hear);
  socket.io.on('packet', hear);
  socket.on('connect', () => {
    hear();
    setSocketConnected(true);
    setRefused(null);
    void syncClock();
  });
  socket.on('disconnect', () => setSocketConnected(false));
  socket.on('connect_error', () => setSocketConnected(false));
  socket.on('session:ready', followSessions());
  socket.on('presence:changed', setPresence);
  socket.on('ratings:mine', setMyRatings);
  socket.on('upvotes:mine', setMyUpvotes);
  socket.on('done:mine', setMyDone);
  socket.on('commitments:contacts', setContactDetails);
  socket.on('breakout:boards', setGroupBoards);
  const onVisible = () => document.visibilityState === 'visible' && socket.connected && void syncClock();
  document.addEventListener('visibilitychange', onVisible);

  const outbox = linkBoards(socket, opts, (e) => send(e.event, e.input));
  const intents = createIntents(send, outbox, () => useWorkshop.getState().state?.room.timer.status);

  const replica = openWorkshopReplica(opts.baseUrl, opts.code, { lowData: !!opts.lowData });

  return {
    code: opts.code,
    socket,
    replica,
    intents,
    outbox,
    close() {
      stopRetrying();
      document.removeEventListener('visibilitychange', onVisible);
      stopWatch();
      socket.close();
      replica.destroy();
    },
  };
}
