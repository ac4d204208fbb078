/**
 * Deleting from the screens, in Chromium: a participant removes themselves from their phone
 * (their note stays without their name), and the facilitator deletes the workshop from the
 * console once the join code is typed out; its links then answer 404.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../helpers/browser.ts';
import { openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let browser: Browser;
let room: BoardRoom;

beforeAll(async () => {
  server = await startTestServer();
  room = await openBoardRoom(server, 'open');
  browser = await launchChromium();
});

afterAll(async () => {
  room?.close();
  await browser?.close();
  await server?.close();
});

describe('deleting from the screens', () => {
  it('a participant removes themselves and keeps their note without their name', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/w/${room.code}`);
    await page.getByLabel(/name/i).first().fill('Nadia Phone');
    await page
      .getByLabel(/organisation/i)
      .first()
      .fill('Coop Sud');
    await page.getByRole('button', { name: /join/i }).click();
    await page.getByTestId('me').waitFor();
    const who = Object.values((await server.server.hub.get(room.code))!.state.priv.participants).find(
      (p) => p.name === 'Nadia Phone',
    )!;
    await page.getByTestId('leave-workshop').locator('summary').click();
    await screenshot(page, 'deletion-leave-open');
    await page.getByRole('button', { name: 'Remove me' }).click();
    await page.getByTestId('removed').waitFor();
    await screenshot(page, 'deletion-left');
    expect(await page.getByTestId('removed').textContent()).toContain('You have left the workshop');
    const after = (await server.server.hub.get(room.code))!.state.priv.participants[who.id];
    expect(after).toMatchObject({ name: '', organisation: '', left: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the facilitator deletes the workshop once its code is typed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/w/${room.code}/facilitate#key=${room.facilitatorKey}`);
    const section = page.getByTestId('delete-workshop');
    await section.waitFor({ timeout: 10_000 });
    await screenshot(page, 'deletion-console');
    await section.locator('summary').click();
    const confirm = section.getByRole('button', { name: 'Delete the workshop for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await section.getByRole('textbox').fill(room.code.slice(0, 5));
    expect(await confirm.isDisabled()).toBe(true);
    await section.getByRole('textbox').fill(room.code.toLowerCase());
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'deletion-console-typed');
    await confirm.click();
    // The server hangs up the console; coming back, it finds no workshop under the code.
    await page.getByText('No workshop with this code.').waitFor({ timeout: 10_000 });
    await screenshot(page, 'deletion-console-done');
    await waitFor(
      async () => (await fetch(`${server.url}/api/workshops/${room.code}`)).status === 404,
      'the links to 404',
    );
    // The console's own socket is closed by the server; nothing but that is expected to fail.
    expect(errors.filter((e) => !/socket|websocket|404/i.test(e))).toEqual([]);
    await page.close();
  });
});
