/** Connection facts: the socket, the replica, who the server says we are, and the clock offset. */
import { create } from 'zustand';
import type { SessionSnapshot } from '../../../shared/protocol/session.ts';

export interface ConnectionState {
  /** False on screens that follow by replica alone. */
  socketExpected: boolean;
  socketConnected: boolean;
  replicaSynced: boolean;
  /** Connected, but nothing heard from the server for longer than a heartbeat allows: the network is gone. */
  socketSilent: boolean;
  replicaSilent: boolean;
  /** Whether this page has been fully connected at least once: losing it then reads as offline. */
  everLive: boolean;
  /** Set when the server refused the handshake (unknown code, wrong key). */
  refused: string | null;
  session: SessionSnapshot | null;
  /** Set when the facilitator removed this participant during this connection. */
  removed: boolean;
  /** Add to Date.now() to get server time. */
  clockOffsetMs: number;
}

export const useConnection = create<ConnectionState>(() => ({
  socketExpected: true,
  socketConnected: false,
  replicaSynced: false,
  socketSilent: false,
  replicaSilent: false,
  everLive: false,
  refused: null,
  session: null,
  removed: false,
  clockOffsetMs: 0,
}));

type Link = Pick<
  ConnectionState,
  'socketExpected' | 'socketConnected' | 'replicaSynced' | 'socketSilent' | 'replicaSilent'
>;

/** Live when the replica is synced and heard from and, where the screen uses one, the socket too. */
export function isLive(s: Partial<Link> & Pick<Link, 'socketExpected' | 'socketConnected' | 'replicaSynced'>): boolean {
  const socket = (s.socketConnected && !s.socketSilent) || !s.socketExpected;
  return s.replicaSynced && !s.replicaSilent && socket;
}

function setLink(patch: Partial<Link>): void {
  const now = useConnection.getState();
  if (Object.entries(patch).every(([k, v]) => now[k as keyof Link] === v)) return;
  useConnection.setState((s) => {
    const next = { ...s, ...patch };
    return { ...patch, everLive: s.everLive || isLive(next) };
  });
}

export const expectSocket = (socketExpected: boolean) => setLink({ socketExpected });
export const setSocketConnected = (socketConnected: boolean) => setLink({ socketConnected });
export const setReplicaSynced = (replicaSynced: boolean) => setLink({ replicaSynced });
export const setSocketSilent = (socketSilent: boolean) => setLink({ socketSilent });
export const setReplicaSilent = (replicaSilent: boolean) => setLink({ replicaSilent });
export const setRefused = (refused: string | null) => useConnection.setState({ refused });

/**
 * Takes one connection's snapshots. Only a kick takes a participant's identity away while the
 * connection lasts, so losing it reads as removed, not as a fresh guest.
 */
export function followSessions(): (session: SessionSnapshot) => void {
  let wasParticipant = false;
  useConnection.setState({ removed: false });
  return (session) => {
    const removed = wasParticipant && session.participantId === null;
    wasParticipant = session.participantId !== null;
    useConnection.setState((s) => ({ session, removed: s.removed || removed }));
  };
}
export const setClockOffset = (clockOffsetMs: number) => useConnection.setState({ clockOffsetMs });

/** Server time now, as this device best knows it. */
export function serverNow(): number {
  return Date.now() + useConnection.getState().clockOffsetMs;
}
