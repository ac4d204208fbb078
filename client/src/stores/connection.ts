/** Connection facts: the socket, the replica, who the server says we are, and the clock offset. */
import { create } from 'zustand';
import type { SessionSnapshot } from '../../../shared/protocol/session.ts';

export interface ConnectionState {
  /** False on screens that follow by replica alone. */
  socketExpected: boolean;
  socketConnected: boolean;
  replicaSynced: boolean;
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
  everLive: false,
  refused: null,
  session: null,
  removed: false,
  clockOffsetMs: 0,
}));

/** Live when the replica is synced and, where the screen uses one, the socket is connected. */
export function isLive(s: Pick<ConnectionState, 'socketExpected' | 'socketConnected' | 'replicaSynced'>): boolean {
  return s.replicaSynced && (s.socketConnected || !s.socketExpected);
}

function setLink(patch: Partial<Pick<ConnectionState, 'socketExpected' | 'socketConnected' | 'replicaSynced'>>): void {
  useConnection.setState((s) => {
    const next = { ...s, ...patch };
    return { ...patch, everLive: s.everLive || isLive(next) };
  });
}

export const expectSocket = (socketExpected: boolean) => setLink({ socketExpected });
export const setSocketConnected = (socketConnected: boolean) => setLink({ socketConnected });
export const setReplicaSynced = (replicaSynced: boolean) => setLink({ replicaSynced });
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
