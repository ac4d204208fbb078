/**
 * Replacing the facilitator key from the console, in Chromium: the console shows the new link
 * and comes back by itself with the key this device kept (the server closed its old-key
 * connection), and a console opened with the old link is told the link is no longer valid.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('replaces the key from the console, stays open with the new one, and refuses the old link', async () => {
  const { code, facilitatorKey: oldKey } = await server.createWorkshop();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/w/${code}/facilitate#key=${oldKey}`);
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 10_000 });
  const section = page.getByTestId('rotate-key');
  await section.locator('summary').click();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'key-rotation-open');
  await section.getByRole('button', { name: 'Replace the key now' }).click();
  const link = section.getByTestId('new-facilitator-link');
  await link.waitFor({ timeout: 10_000 });
  await screenshot(page, 'key-rotation-new-link');
  const newKey = /#key=([A-Za-z0-9_-]+)$/.exec((await link.textContent()) ?? '')?.[1];
  expect(newKey).toBeTruthy();
  expect(newKey).not.toBe(oldKey);

  // Closed by the server for the old key, the console reconnects with the new one: a command goes through.
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Begin the day' }).click();
  await expect
    .poll(async () => (await server.server.hub.get(code))?.state.pub.room.live.segmentId ?? null, { timeout: 10_000 })
    .not.toBeNull();
  await screenshot(page, 'key-rotation-still-open');

  const old = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await old.goto(`${server.url}/w/${code}/facilitate#key=${oldKey}`);
  await old.getByText('This facilitator link is not valid.').first().waitFor({ timeout: 10_000 });
  await screenshot(old, 'key-rotation-old-link');
  // The console's old-key connection is closed by the server on purpose.
  expect(errors.filter((e) => !/socket|websocket|401|403/i.test(e))).toEqual([]);
  await old.close();
  await page.close();
});
