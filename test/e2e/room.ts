/** The people of a Session 3 walk-through, each with their own browser context and screen. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { collectPageErrors, screenshot } from '../helpers/browser.ts';

export interface Person {
  name: string;
  page: Page;
  errors: string[];
}

/** Opens `url` in a fresh context (its own storage, like a separate device) and waits until it is live. */
export async function openDevice(browser: Browser, name: string, url: string, options: BrowserContextOptions): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  await waitLive(page);
  return { name, page, errors };
}

export function waitLive(page: Page): Promise<void> {
  return page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 15_000 });
}

/** Joins through the form, as a person would. */
export async function joinWithForm(p: Person, organisation: string, attendance: 'room' | 'remote'): Promise<void> {
  const form = p.page.getByTestId('join-form');
  await form.getByLabel('Your name').fill(p.name);
  await form.getByLabel('Your organisation').fill(organisation);
  await form.getByLabel(attendance === 'room' ? 'In the room' : 'Remote').check();
  await form.getByRole('button', { name: 'Join' }).click();
  await p.page.getByTestId('me').waitFor({ timeout: 10_000 });
}

/** Waits until the page's current step shows `title`. */
export function waitStep(page: Page, title: string): Promise<void> {
  return page.getByTestId('current-segment').getByText(title, { exact: true }).waitFor({ timeout: 10_000 });
}

export const shoot = (p: Person, step: string) => screenshot(p.page, `session3-${step}-${p.name.toLowerCase().replace(/\W+/g, '-')}`);
