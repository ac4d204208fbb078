/** The people of a Session 3 walk-through, each with their own browser context and screen. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { catalogs } from '../../client/src/i18n/catalog.ts';
import type { Locale } from '../../client/src/stores/locale.ts';
import { collectPageErrors, screenshot } from '../helpers/browser.ts';

export interface Person {
  name: string;
  page: Page;
  errors: string[];
}

/** Opens `url` in a fresh context (its own storage, like a separate device) and waits until it is live. */
export async function openDevice(
  browser: Browser,
  name: string,
  url: string,
  options: BrowserContextOptions,
): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  await waitLive(page);
  return { name, page, errors };
}

/** A participant's own device, with every websocket frame it received (to prove what never reached it). */
export interface OwnDevice extends Person {
  frames: Buffer[];
}

/** Opens `url` on a participant's own device: their `token` for workshop `code` in its storage, as after joining there. */
export async function openOwnDevice(
  browser: Browser,
  name: string,
  url: string,
  { code, token }: { code: string; token: string },
  viewport: { width: number; height: number },
): Promise<OwnDevice> {
  const mobile = viewport.width < 500;
  const context = await browser.newContext({ locale: 'en-GB', viewport, isMobile: mobile, hasTouch: mobile });
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [`plenary:token:${code}`, token]);
  const page = await context.newPage();
  const frames: Buffer[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? Buffer.from(payload) : payload)),
  );
  const device: OwnDevice = { name, page, errors: collectPageErrors(page), frames };
  await page.goto(url);
  await waitLive(page);
  return device;
}

/** Whether any frame the device received holds `text`. */
export const received = (d: OwnDevice, text: string) => Buffer.concat(d.frames).includes(Buffer.from(text));

export function waitLive(page: Page): Promise<void> {
  return page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
}

/** Joins through the form, as a person would, reading it in the page's language. */
export async function joinWithForm(
  p: Person,
  organisation: string,
  attendance: 'room' | 'remote',
  locale: Locale = 'en',
): Promise<void> {
  const words = catalogs[locale];
  const form = p.page.getByTestId('join-form');
  await form.getByLabel(words['join.name']).fill(p.name);
  await form.getByLabel(words['join.organisation']).fill(organisation);
  await form.getByLabel(words[attendance === 'room' ? 'join.room' : 'join.remote']).check();
  await form.getByRole('button', { name: words['join.submit'] }).click();
  await p.page.getByTestId('me').waitFor({ timeout: 10_000 });
}

/** Waits until the page's current step shows `title`. */
export function waitStep(page: Page, title: string): Promise<void> {
  return page.getByTestId('current-segment').getByText(title, { exact: true }).waitFor({ timeout: 10_000 });
}

export const shoot = (p: Person, step: string) =>
  screenshot(p.page, `session3-${step}-${p.name.toLowerCase().replace(/\W+/g, '-')}`);

/** Writes a note on a board: pick the board's tab when there are several, type, pick the column, post. */
export async function post(p: Person, boardId: string, text: string, column: string): Promise<void> {
  const tab = p.page.getByTestId(`board-tab-${boardId}`);
  if (await tab.count()) await tab.click();
  const composer = p.page.getByTestId('note-composer');
  await composer.getByTestId('note-text').fill(text);
  await composer.getByTestId('note-column').selectOption(column);
  await composer.getByTestId('note-post').click();
  await p.page.locator('[data-testid="my-note"]', { hasText: text }).waitFor();
}

/** Puts one dot on each note whose text is given, waiting for each to be counted. */
export async function dot(p: Person, texts: string[]): Promise<void> {
  for (const text of texts) {
    const remaining = Number(await p.page.getByTestId('vote-remaining').getAttribute('data-remaining'));
    await p.page
      .locator('[data-testid="vote-note"]', { hasText: text })
      .getByRole('button', { name: /^Add a dot/ })
      .click();
    await p.page.locator(`[data-testid="vote-remaining"][data-remaining="${remaining - 1}"]`).waitFor();
  }
}
