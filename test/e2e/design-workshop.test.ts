/**
 * Designing a workshop in Chromium, the way a facilitator prepares one days ahead: from the
 * start page, a workshop of one library method; two more methods as blocks in the builder; a
 * block retimed as you type (the conflict said inline, then fixed and saved); a rehearsal with
 * ten simulated participants writing, voting and rating while the projector is watched, apart
 * from the real workshop; then the design exported, imported as a new workshop, and its agenda
 * printed. Screenshots of every step.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicState } from '../../shared/model.ts';
import { collectPageErrors, launchChromium, OUTPUT_DIR, screenshot } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations, untranslatedTexts } from './checks.ts';

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

const blocks = (s: PublicState) => s.room.agenda.segments.map((x) => `${x.start}-${x.end} ${x.title}`);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The workshop's own words (titles, prompts, columns, as the library wrote them in English). */
function workshopWords(s: PublicState): Set<string> {
  const steps = s.room.agenda.segments.flatMap((x) => [x, ...x.activities]);
  const boards = Object.values(s.boards);
  return new Set([
    ...steps.flatMap((x) => [x.title, 'prompt' in x ? x.prompt : '']),
    ...boards.flatMap((b) => [b.title, b.prompt, ...b.columns]),
  ]);
}

/** Waits for `locator` to show `text` (a screen renders after the event that changed it). */
async function showsText(locator: Locator, text: string | RegExp): Promise<void> {
  const has = (t: string | null) => (typeof text === 'string' ? (t ?? '').includes(text) : text.test(t ?? ''));
  await until(() => locator.first().textContent(), has, `text ${text}`);
}

async function counts(locator: Locator, n: number): Promise<void> {
  await until(
    () => locator.count(),
    (c) => c === n,
    `${n} of ${locator}`,
  );
}

async function addMethod(page: Page, methodId: string) {
  await page.getByTestId('method-select').selectOption(methodId);
  await page.getByTestId('method-target').selectOption('');
  await page.getByTestId('method-add').click();
}

describe('designing a workshop in Chromium', () => {
  it('builds a three-block workshop from the library, exports, imports and prints it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    // The start page: a workshop of one method from the library.
    await page.goto(server.url);
    await page.getByLabel('A method from the library').check();
    await page.getByLabel('Method', { exact: true }).selectOption('expectations');
    await page.getByLabel('Title', { exact: true }).fill('Cooperatives trade day');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    const created = page.getByTestId('created-links');
    await created.waitFor();
    const code = (await created.getAttribute('data-code'))!;
    await screenshot(page, 'design-1-home-created');

    // The builder: two more methods as blocks of their own.
    await page.goto(`${server.url}/w/${code}/facilitate?view=prepare`);
    await page.getByTestId('agenda-builder').waitFor();
    await addMethod(page, 'dot-voting');
    await until(
      () => server.publicState(code),
      (s) => s.room.agenda.segments.length === 2,
      'the second block',
    );
    await addMethod(page, 'expectations-review');
    const three = await until(
      () => server.publicState(code),
      (s) => s.room.agenda.segments.length === 3,
      'the third block',
    );
    expect(blocks(three)).toEqual([
      '09:00-09:10 Expectations at the opening',
      '09:10-09:25 Dot voting',
      '09:25-09:40 Review of the expectations',
    ]);
    // The review works on the opening's board: one board of expectations, one of options.
    expect(Object.keys(three.boards).sort()).toEqual(['dot-voting', 'expectations']);
    await showsText(page.getByTestId('day-totals'), '09:00–09:40');
    await screenshot(page, 'design-2-three-blocks', { fullPage: true });

    // Typing a longer activity: the block and the day follow before anything is saved, and the
    // block says its activities no longer fit.
    const voting = page.locator('[data-segment="dot-voting"]');
    await voting.locator('input[name$=".minutes"]').first().fill('10');
    await showsText(voting.getByTestId('block-conflicts'), 'Its activities take 5 min more than the block.');
    await showsText(voting.locator('.builder-activity .builder-times').nth(1), '09:20');
    await page.setViewportSize({ width: 1280, height: 1500 });
    await voting.locator('.builder-activities-set').scrollIntoViewIfNeeded();
    await screenshot(page, 'design-3-conflict-inline');
    await page.setViewportSize({ width: 1280, height: 900 });
    // Made longer to fit, the block saves, and the block after it moves along.
    await voting.locator('input[name="end"]').fill('09:30');
    await counts(voting.getByTestId('block-conflicts'), 0);
    await showsText(page.getByTestId('day-totals'), '09:00–09:45');
    // An activity's own speaker (a talk's, say) is typed under that activity.
    const first = voting.locator('.builder-activity').first();
    await first.getByRole('button', { name: 'Add a speaker' }).click();
    await first.locator('input[name$=".speakerName"]').fill('Ana Reyes');
    await first.locator('input[name$=".speakerOrganisation"]').fill('CLAC');
    await voting.getByRole('button', { name: 'Save the block' }).click();
    const saved = await until(
      () => server.publicState(code),
      (s) => s.room.agenda.segments[1]!.end === '09:30',
      'the saved block',
    );
    expect(blocks(saved)).toEqual([
      '09:00-09:10 Expectations at the opening',
      '09:10-09:30 Dot voting',
      '09:30-09:45 Review of the expectations',
    ]);
    expect(saved.room.agenda.segments[1]!.activities[0]).toMatchObject({
      minutes: 10,
      speakers: [{ name: 'Ana Reyes', organisation: 'CLAC', topic: '' }],
    });
    expect(await axeViolations(page)).toEqual([]);
    // In French, nothing of the builder is left in English (the workshop's own words are as typed).
    const own = workshopWords(await server.publicState(code));
    expect((await untranslatedTexts(page, 'fr')).filter((text) => !own.has(text))).toEqual([]);
    await screenshot(page, 'design-3b-builder-fr');
    await page.getByTestId('language').first().selectOption('en');

    const rehearsal = await rehearse(context, page, code);
    await page.goto(`${server.url}/w/${code}/facilitate?view=prepare`);
    await page.getByTestId('agenda-builder').waitFor();

    // Export: the design file as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = path.join(OUTPUT_DIR, 'design-export.json');
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await download.saveAs(file);
    const design = JSON.parse(fs.readFileSync(file, 'utf8')) as { title: string; agenda: { segments: unknown[] } };
    expect(design.title).toBe('Cooperatives trade day');
    expect(design.agenda.segments).toHaveLength(3);
    // The rehearsal left nothing in the real workshop: nobody joined it, nothing is written on it.
    const real = await server.publicState(code);
    expect(Object.keys(real.notes)).toHaveLength(0);
    expect(real.room.live.segmentId).toBeNull();
    expect(Object.keys((await server.server.hub.get(code))!.state.priv.participants)).toHaveLength(0);

    // Import on the start page: a broken file is refused with its line and field, the real one
    // makes a new workshop, listed with the first on this device.
    await page.goto(server.url);
    const broken = fs.readFileSync(file, 'utf8').replace('"09:30"', '"29:75"');
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    await showsText(page.getByTestId('import-issues'), /line \d+, agenda\.segments\.\d\./);
    await screenshot(page, 'design-4-import-refused', { fullPage: true });
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('created-links').waitFor();
    const copy = (await page.getByTestId('created-links').getAttribute('data-code'))!;
    expect(copy).not.toBe(code);
    expect(blocks(await server.publicState(copy))).toEqual(blocks(saved));
    await page.reload();
    // The first workshop, its rehearsal and the imported copy, the rehearsal marked as one.
    await counts(page.getByTestId('my-workshops').locator('li'), 3);
    await counts(page.getByTestId('my-workshops').locator('.tag'), 1);
    await showsText(page.getByTestId('my-workshops'), 'Rehearsal: Cooperatives trade day');
    await screenshot(page, 'design-5-home-list', { fullPage: true });

    // The printed agenda of the imported workshop.
    const print = await context.newPage();
    await print.goto(`${server.url}/api/workshops/${copy}/agenda.html`);
    await showsText(print.locator('body'), 'Dot voting');
    await screenshot(print, 'design-6-agenda-print', { fullPage: true });
    await print.emulateMedia({ media: 'print' });
    const pdf = await print.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A rehearsal is deleted in one click from its own console: gone on the server and on this device.
    await page.goto(`${server.url}/w/${rehearsal}/facilitate`);
    await page.getByTestId('rehearsal-delete').click();
    await page.waitForURL(`${server.url}/`);
    expect(await server.server.hub.get(rehearsal)).toBeNull();
    await counts(page.getByTestId('my-workshops').locator('li'), 2);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

/**
 * From the real workshop's builder, a rehearsal with ten simulated participants: the facilitator
 * walks its steps on the rehearsal's console while the projector shows what they write, their
 * dots and their ratings. Answers the rehearsal's code.
 */
async function rehearse(context: BrowserContext, page: Page, code: string): Promise<string> {
  await page.getByTestId('sim-count').fill('10');
  await page.getByTestId('rehearse').click();
  await page.waitForURL(/rehearse=10/);
  const rehearsal = /\/w\/([A-Z0-9]+)\/facilitate/.exec(page.url())![1]!;
  expect(rehearsal).not.toBe(code);
  await page.getByTestId('sim-running').waitFor();
  const projector = await context.newPage();
  await projector.goto(`${server.url}/w/${rehearsal}/screen`);
  const state = () => server.publicState(rehearsal);
  const people = async () => Object.keys((await server.server.hub.get(rehearsal))!.state.priv.participants).length;
  await until(people, (n) => n === 10, 'ten simulated participants');
  const notesOn = (s: PublicState, boardId: string) => Object.values(s.notes).filter((n) => n.boardId === boardId);
  const next = () => page.getByTestId('agenda-next').click();

  await next();
  await until(state, (s) => notesOn(s, 'expectations').length >= 10, 'expectations written');
  await screenshot(projector, 'design-7-rehearsal-projector-expectations');
  await next();
  await until(state, (s) => notesOn(s, 'dot-voting').length >= 10, 'options written');
  await next();
  const voted = await until(state, (s) => (s.votes['dot-voting']?.dotsCast ?? 0) >= 30, 'every dot placed');
  expect(voted.votes['dot-voting']).toMatchObject({ status: 'open', budget: 3, dotsCast: 30 });
  await screenshot(projector, 'design-8-rehearsal-projector-vote');
  await next();
  await next();
  await page.getByTestId('review-open').click();
  const rated = await until(
    state,
    (s) => {
      const current = s.expectationReviews.expectations?.currentNoteId;
      const r = current ? s.expectationResults[current] : undefined;
      return r !== undefined && r.met + r.partly + r.notMet === 10;
    },
    'ten ratings of the first expectation',
  );
  expect(rated.expectationReviews.expectations?.status).toBe('open');
  await screenshot(page, 'design-9-rehearsal-console');
  await screenshot(projector, 'design-10-rehearsal-projector-review');
  await page.getByTestId('sim-toggle').click();
  await projector.close();
  return rehearsal;
}
