/**
 * The join link and QR code a phone in the room must be able to open: never loopback when the
 * machine has a venue address, said plainly when it has none, PUBLIC_URL first of all.
 */
import http from 'node:http';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, joinBase } from '../../shared/links.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';

describe('the join address', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['app.localhost', true],
    ['192.168.1.20', false],
    ['plenary.example.org', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it.each([
    [
      'a venue address replaces localhost',
      null,
      'http://localhost:3000',
      ['192.168.1.20'],
      'http://192.168.1.20:3000',
      false,
    ],
    ['and 127.0.0.1', null, 'http://127.0.0.1:3000', ['10.0.0.5', '172.16.0.2'], 'http://10.0.0.5:3000', false],
    [
      'the address the console used is kept when phones can reach it',
      null,
      'http://192.168.1.20:3000',
      ['10.0.0.5'],
      'http://192.168.1.20:3000',
      false,
    ],
    ['only loopback: kept, and said', null, 'http://localhost:3000', [], 'http://localhost:3000', true],
    [
      'PUBLIC_URL wins',
      'https://plenary.example.org',
      'http://localhost:3000',
      ['10.0.0.5'],
      'https://plenary.example.org',
      false,
    ],
  ])('%s', (_name, publicUrl, requestBase, lanAddresses, base, loopbackOnly) => {
    expect(joinBase({ publicUrl, requestBase, lanAddresses })).toEqual({ base, loopbackOnly });
  });
});

const t = serverPerTest();

/** GET with a chosen Host header (fetch does not let a test set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the join link and QR code from the real server', () => {
  it('a console opened on 127.0.0.1 gets the venue address in the link and in the QR code', async () => {
    t.server = await startTestServer({ lanAddresses: () => ['192.168.1.20'] });
    const { code } = await t.server.createWorkshop();
    const port = new URL(t.server.url).port;
    const res = await fetch(`${t.server.url}/api/workshops/${code}/join`);
    expect(await res.json()).toEqual({
      join: `http://192.168.1.20:${port}/w/${code}`,
      follow: `http://192.168.1.20:${port}/w/${code}/follow`,
      loopbackOnly: false,
    });
    const qr = await (await fetch(`${t.server.url}/api/workshops/${code}/qr.svg`)).text();
    const expected = await QRCode.toString(`http://192.168.1.20:${port}/w/${code}`, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    expect(qr).toBe(expected);
  });

  it('opened on a name phones can reach (one the server is told it answers to), the link keeps it', async () => {
    t.server = await startTestServer({
      lanAddresses: () => ['192.168.1.20'],
      config: { allowedHosts: ['plenary.venue.lan'] },
    });
    const { code } = await t.server.createWorkshop();
    const res = await getWithHost(`${t.server.url}/api/workshops/${code}/join`, 'plenary.venue.lan:3000');
    expect(JSON.parse(res.body)).toMatchObject({
      join: `http://plenary.venue.lan:3000/w/${code}`,
      loopbackOnly: false,
    });
  });

  it('with only loopback on the machine, the answer says so', async () => {
    t.server = await startTestServer();
    const { code } = await t.server.createWorkshop();
    expect(await (await fetch(`${t.server.url}/api/workshops/${code}/join`)).json()).toMatchObject({
      loopbackOnly: true,
    });
  });

  it('PUBLIC_URL overrides everything', async () => {
    t.server = await startTestServer({
      lanAddresses: () => ['192.168.1.20'],
      config: { publicUrl: 'https://plenary.example.org' },
    });
    const { code } = await t.server.createWorkshop();
    expect(await (await fetch(`${t.server.url}/api/workshops/${code}/join`)).json()).toEqual({
      join: `https://plenary.example.org/w/${code}`,
      follow: `https://plenary.example.org/w/${code}/follow`,
      loopbackOnly: false,
    });
  });
});
