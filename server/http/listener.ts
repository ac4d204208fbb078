/**
 * The one port's listener: plain HTTP on a venue laptop, HTTPS (and so WSS) when TLS_CERT and
 * TLS_KEY name a certificate. Express, Socket.IO and the Yjs host all sit on the server this
 * makes, so one port still carries the three protocols. With HTTP_REDIRECT_PORT, a second, plain
 * listener does one thing: it sends whoever typed `http://` to the same page over https.
 */
import fs from 'node:fs';
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import type { ServerLimits } from '../config.ts';
import type { HostCheck } from './host-check.ts';
import { hostnameOf } from './host-check.ts';

/** Where the certificate (its chain, PEM) and its private key (PEM) are on disk. */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** Reads the pair and checks it is one; throws a sentence naming the variable, the file and what is wrong. */
export function readTls(files: TlsFiles): { cert: Buffer; key: Buffer } {
  const cert = readFile('TLS_CERT', files.certFile);
  const key = readFile('TLS_KEY', files.keyFile);
  try {
    // The same parse https does, done now: a wrong file fails the start, not the first visitor.
    tls.createSecureContext({ cert, key });
  } catch (err) {
    throw new Error(
      `TLS_CERT (${files.certFile}) and TLS_KEY (${files.keyFile}) are not a PEM certificate and its private key: ${reasonOf(err)}`,
    );
  }
  return { cert, key };
}

function readFile(variable: string, file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new Error(`${variable}: cannot read ${file} (${reasonOf(err)})`);
  }
}

function reasonOf(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e.code && !e.code.startsWith('ERR_OSSL') ? e.code : String(e.message ?? err);
}

export interface ListenerOptions {
  limits: Pick<ServerLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>;
  tls: TlsFiles | null;
  /** HTTP_REDIRECT_PORT: only with `tls`. */
  redirectPort: number | null;
  hosts: HostCheck;
  publicUrl: string | null;
}

export interface Listeners {
  /** The one server Socket.IO and the Yjs host attach to. */
  server: http.Server;
  scheme: 'http' | 'https';
  /** Listens on `port` (0: any), then on the redirect port; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  close(): void;
}

/** The server for `app` (https with the pair when given, a bad pair throws here) and its redirect listener. */
export function createListeners(app: RequestListener, options: ListenerOptions): Listeners {
  const { limits, tls: pair } = options;
  // A client that sends its headers or body slowly, or announces more than it sends, is cut off.
  const timeouts: http.ServerOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
  // https.Server is an http.Server to everything that attaches to it (Socket.IO, ws upgrades).
  const server = pair
    ? (https.createServer({ ...timeouts, ...readTls(pair) }, app) as unknown as http.Server)
    : http.createServer(timeouts, app);
  let port = 0;
  const redirect =
    pair && options.redirectPort !== null
      ? createRedirectServer(timeouts, { hosts: options.hosts, publicUrl: options.publicUrl, httpsPort: () => port })
      : null;
  return {
    server,
    scheme: pair ? 'https' : 'http',
    async listen(wanted, host) {
      port = await listenOn(server, wanted, host);
      if (redirect && options.redirectPort !== null) await listenOn(redirect, options.redirectPort, host);
      return port;
    },
    close() {
      server.close();
      redirect?.close();
      redirect?.closeAllConnections();
    },
  };
}

/** Listens on `port` (0: any) and resolves with the bound one; rejects when it is taken. */
function listenOn(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

interface RedirectOptions {
  hosts: HostCheck;
  publicUrl: string | null;
  /** The port the https listener is bound to (known once it listens). */
  httpsPort: () => number;
}

/**
 * The plain listener of HTTP_REDIRECT_PORT: 301 for a page (GET, HEAD), 308 for anything else,
 * which keeps its method and body. Only to one of this server's names, as every other answer.
 */
function createRedirectServer(options: http.ServerOptions, redirect: RedirectOptions): http.Server {
  return http.createServer(options, (req: IncomingMessage, res: ServerResponse) => {
    const location = httpsLocation(req, redirect);
    if (location === null) {
      res.writeHead(421, { 'Content-Type': 'application/json', Connection: 'close' });
      return void res.end('{"error":"forbidden"}');
    }
    const status = req.method === 'GET' || req.method === 'HEAD' ? 301 : 308;
    res.writeHead(status, { Location: location, 'Content-Length': '0' });
    res.end();
  });
}

/** The https URL of the same path: PUBLIC_URL's when set, else the requested name on the https port. */
function httpsLocation(req: IncomingMessage, redirect: RedirectOptions): string | null {
  const path = req.url?.startsWith('/') ? req.url : '/';
  if (redirect.publicUrl) return `${redirect.publicUrl}${path}`;
  const name = req.headers.host === undefined ? null : hostnameOf(req.headers.host);
  if (name === null || !redirect.hosts.isOwn(req.headers.host)) return null;
  const port = redirect.httpsPort();
  const host = name.includes(':') ? `[${name}]` : name;
  return `https://${host}${port === 443 ? '' : `:${port}`}${path}`;
}
