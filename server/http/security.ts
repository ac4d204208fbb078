/** Security headers for every HTTP response: helmet with a policy that allows no inline script. */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy the client and the HTML report live under. Scripts come only
 * from our own origin (the Vite build emits no inline script), so an injected `<script>` or
 * `onerror=` attribute never runs. Inline styles stay allowed: the printable report carries
 * its stylesheet inline and a style cannot execute code.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // 'self' covers ws:/wss: to the same host in current browsers: Socket.IO and y-websocket.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  // Not `upgrade-insecure-requests`: on a venue network the server is plain http://192.168.x.y.
  'upgrade-insecure-requests': null,
};

/** Builds the helmet middleware; mounted first so errors and 404s carry the headers too. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // The QR code and assets are same-origin; nothing is embedded from elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  }) as RequestHandler;
}
