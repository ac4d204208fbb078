/**
 * An expired participant token on the phone, in Chromium: the phone that joined comes back 72 h
 * after the day was finished and is told, in its language, that its place has expired and whom
 * to ask; before that, the same phone opens the workshop as its person.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { okValue } from '../helpers/board-room.ts';
import { collectPageErrors, launchChromium, screenshot } from '../helpers/browser.ts';
import { connectSocket, joinAs, send } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const H = 60 * 60 * 1000;
const clock = fakeClock();
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ clock });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('tells the phone its place expired, in English and in French', async () => {
  const { code, facilitatorKey } = await server.createWorkshop();
  const ana = await joinAs(server.url, code, 'Ana');
  ana.socket.close();
  const { socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  okValue(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: null }));
  okValue(await send(fac, 'agenda:finish', {}));
  fac.close();

  // The phone holds Ana's token, as it does once she joined on it.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  await phone.addInitScript(([key, token]) => localStorage.setItem(key!, token!), [`plenary:token:${code}`, ana.token]);
  const page = await phone.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/w/${code}`);
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 10_000 });
  await expect.poll(() => page.getByText('Ana').count(), { timeout: 10_000 }).toBeGreaterThan(0);

  clock.advance(72 * H);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'the place this device held in it has expired' });
  await alert.waitFor({ timeout: 10_000 });
  expect(await alert.textContent()).toContain('ask the organiser');
  await screenshot(page, 'token-expired-phone');

  const fr = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await fr.addInitScript(([key, token]) => localStorage.setItem(key!, token!), [`plenary:token:${code}`, ana.token]);
  const frPage = await fr.newPage();
  await frPage.goto(`${server.url}/w/${code}`);
  await frPage.getByRole('alert').filter({ hasText: 'a expiré' }).waitFor({ timeout: 10_000 });
  // The refused handshake is the only error the pages see.
  expect(errors.filter((e) => !/socket|websocket|token_expired/i.test(e))).toEqual([]);
  await fr.close();
  await phone.close();
});
