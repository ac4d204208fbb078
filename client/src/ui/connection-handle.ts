/**
 * The page's workshop connection as React context. Kept apart from the provider so screens
 * that follow by replica alone (follow) do not pull Socket.IO into their download.
 */
import { createContext, useContext } from 'react';
import type { Connection } from '../net/connection.ts';

export const ConnectionContext = createContext<Connection | null>(null);

/** The open connection, or null during the first render and on replica-only screens. */
export function useConnectionHandle(): Connection | null {
  return useContext(ConnectionContext);
}
