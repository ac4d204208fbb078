/** Each of the four routes, in Chromium, renders the live workshop title and agenda. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let links: Record<'facilitate' | 'join' | 'screen' | 'follow', string>;

beforeAll(async () => {
  server = await startTestServer();
  links = (await server.createWorkshop('ilo-coop-2018')).links;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the four routes in Chromium', () => {
  it.each(['facilitate', 'join', 'screen', 'follow'] as const)(
    '%s shows the title, the agenda and a live connection',
    async (route) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors = collectPageErrors(page);
      await page.goto(links[route]);
      await page.getByTestId('connection-state').and(page.locator('[data-state="live"]')).waitFor({ timeout: 10_000 });
      await expect(page.getByTestId('workshop-title').textContent()).resolves.toMatch(
        /cooperation and trade between cooperatives/,
      );
      await expect(page.locator('.agenda-item').count()).resolves.toBe(8);
      await expect(page.locator('[data-segment="session-3"]').textContent()).resolves.toContain('14:30');
      await screenshot(page, `routes-${route}`);
      if (route === 'facilitate') expect(page.url()).not.toContain('key=');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('says so when the workshop code is unknown', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/w/AAAAAA`);
    await page.getByRole('alert').waitFor({ timeout: 10_000 });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/No workshop/);
    await page.close();
  });
});
