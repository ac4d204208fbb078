/** A self-signed certificate made for one test, and Node clients that trust it (and nothing else more). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

export interface TestCertificate {
  certFile: string;
  keyFile: string;
  /** The certificate itself (PEM): a client given it as its CA trusts this server and no other. */
  ca: string;
}

/** A fresh P-256 certificate for `localhost` and 127.0.0.1, valid two days, made by openssl. */
export function selfSignedCertificate(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-tls-'))): TestCertificate {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { certFile, keyFile, ca: fs.readFileSync(certFile, 'utf8') };
}

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTPS request trusting `ca` (Node's fetch takes no CA of its own). */
export function httpsRequest(
  url: string,
  ca: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, ca }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The `ws` WebSocket trusting `ca`, for y-websocket's WebsocketProvider over wss://. */
export function webSocketTrusting(ca: string): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { ca });
    }
  } as unknown as typeof globalThis.WebSocket;
}
