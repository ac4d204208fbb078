/** A rotated facilitator key: every socket that came in with the old one is made to present it again. */
import { socketsInWorkshop, type HandlerContext } from './context.ts';

/**
 * Closes the transport of each of the workshop's key-holding sockets: the client reconnects by
 * itself, and its handshake with the old key is refused ('unauthorized'), which it reports as
 * final; a console given the new key comes back in. Returns the way to stop watching.
 */
export function watchKeyRotation(ctx: HandlerContext): () => void {
  const onRotated = (code: string) => {
    for (const s of socketsInWorkshop(ctx, code)) if (s.data.facilitator) s.conn.close();
  };
  ctx.hub.events.on('keyRotated', onRotated);
  return () => ctx.hub.events.off('keyRotated', onRotated);
}
