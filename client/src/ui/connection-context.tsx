/** Gives screens the page's workshop connection; opens it on mount and closes it on unmount. */
import { useEffect, useState, type ReactNode } from 'react';
import { connectWorkshop, type ConnectOptions, type Connection } from '../net/connection.ts';
import { ConnectionContext } from './connection-handle.ts';

export function WorkshopConnection({
  options,
  children,
}: {
  options: Omit<ConnectOptions, 'baseUrl'>;
  children: ReactNode;
}) {
  const [connection, setConnection] = useState<Connection | null>(null);
  const { code, client, facilitatorKey, participantToken, lowData } = options;
  useEffect(() => {
    const c = connectWorkshop({
      baseUrl: location.origin,
      code,
      client,
      facilitatorKey: facilitatorKey ?? null,
      participantToken: participantToken ?? null,
      lowData: !!lowData,
    });
    setConnection(c);
    return () => c.close();
  }, [code, client, facilitatorKey, participantToken, lowData]);
  return <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>;
}
