/** Connection facts: the socket, the replica, who the server says we are, and the clock offset. */
import { create } from 'zustand';
import type { SessionSnapshot } from '../../../shared/protocol/session.ts';

export interface ConnectionState {
  socketConnected: boolean;
  replicaSynced: boolean;
  /** Set when the server refused the handshake (unknown code, wrong key). */
  refused: string | null;
  session: SessionSnapshot | null;
  /** Add to Date.now() to get server time. */
  clockOffsetMs: number;
}

export const useConnection = create<ConnectionState>(() => ({
  socketConnected: false,
  replicaSynced: false,
  refused: null,
  session: null,
  clockOffsetMs: 0,
}));

export const setSocketConnected = (socketConnected: boolean) => useConnection.setState({ socketConnected });
export const setReplicaSynced = (replicaSynced: boolean) => useConnection.setState({ replicaSynced });
export const setRefused = (refused: string | null) => useConnection.setState({ refused });
export const setSession = (session: SessionSnapshot) => useConnection.setState({ session });
export const setClockOffset = (clockOffsetMs: number) => useConnection.setState({ clockOffsetMs });

/** Server time now, as this device best knows it. */
export function serverNow(): number {
  return Date.now() + useConnection.getState().clockOffsetMs;
}
