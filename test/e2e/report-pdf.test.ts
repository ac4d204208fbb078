/** The HTML report of a scripted workshop, opened in Chromium and printed to PDF: no errors, sections on their own pages. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, OUTPUT_DIR, screenshot } from '../helpers/browser.ts';
import { fetchReport, openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let m: Meeting;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await scriptWorkshop(m);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  m?.close();
  await server?.close();
});

describe('the printed report', () => {
  it('renders without page errors, shows its charts, and prints to a multi-page PDF', async () => {
    const res = await fetchReport(server, m.code, 'html', m.facilitatorKey);
    expect(res.status).toBe(200);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void dialogs.push(d.message()));
    await page.setContent(await res.text(), { waitUntil: 'load' });

    await expect(page.locator('h2').allTextContents()).resolves.toEqual([
      'Agenda',
      'Challenges',
      'Opportunities',
      'Roles: commitments',
      'Expectations',
      'Next steps: who does what, by when',
      'Questions',
      'Attendance',
    ]);
    await expect(page.locator('svg.bar').count()).resolves.toBeGreaterThanOrEqual(5);
    // The hostile note is on the page as text, not as markup.
    await expect(page.locator('#board-challenges').textContent()).resolves.toContain('<script>alert(1)</script>');
    await expect(page.locator('#board-challenges script').count()).resolves.toBe(0);
    await screenshot(page, 'report-html');

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(OUTPUT_DIR, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // One page for the agenda and the title, then each of the six sections breaks to its own page at least.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
