/**
 * Script injection as note text, names, organisations, agenda titles and commitments, rendered
 * on all four screens in Chromium and in the HTML report: it shows as text, and nothing runs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { connectSocket, newToken, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitLive } from './room.ts';

/** Each at most 60 characters, so it also fits a name. */
const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror=window.__xss=1>',
  '<svg onload=window.__xss=1>',
  '"><img src=x onerror=alert(1)>',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '<a href="javascript:alert(1)">click me</a>',
  '<details open ontoggle=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  "'-alert(1)-'",
  '<math><style><img src=x onerror=alert(1)></style>',
];

let server: TestServer;
let browser: Browser;
let links: { facilitate: string; join: string; screen: string; follow: string };
let facilitatorKey: string;
let code: string;
const sockets: TestSocket[] = [];

/** Fills the workshop through the real commands, every text field carrying a payload. */
async function hostileWorkshop(): Promise<void> {
  const fac = (await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey })).socket;
  sockets.push(fac);
  const ok = async (p: Promise<{ ok: boolean; error?: string }>) => expect(await p).toMatchObject({ ok: true });
  await ok(send(fac, 'agenda:edit', { op: 'segment.update', segmentId: 'session-3', patch: { title: XSS[0]! } }));
  await ok(
    send(fac, 'agenda:edit', {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-grouping',
      patch: { title: XSS[1]!, prompt: XSS.join(' ') },
    }),
  );
  await ok(
    send(fac, 'agenda:edit', {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-roles',
      patch: { title: XSS[2]! },
    }),
  );
  const people: TestSocket[] = [];
  for (const [i, name] of XSS.slice(0, 5).entries()) {
    const s = (await connectSocket(server.url, { code, client: 'participant' })).socket;
    sockets.push(s);
    await ok(
      send(s, 'session:join', {
        name,
        organisation: XSS[(i + 5) % XSS.length]!,
        attendance: i % 2 ? 'remote' : 'room',
        token: newToken(),
      }),
    );
    people.push(s);
  }
  await ok(send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-roles' }));
  for (const [i, s] of people.entries())
    await ok(
      send(s, 'commitment:propose', {
        id: `k-${i}`,
        boardId: 'roles',
        kind: 'Finance',
        text: XSS[i + 5]!,
        contact: XSS[i]!,
        followUp: null,
        linkedNoteIds: [],
      }),
    );
  await ok(send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-grouping' }));
  await ok(send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
  for (const [i, text] of XSS.entries())
    await ok(
      send(people[i % people.length]!, 'note:add', {
        id: `n-${i}`,
        boardId: 'challenges',
        column: 'Markets and trade',
        text,
      }),
    );
  await ok(send(fac, 'group:create', { id: 'g-1', boardId: 'challenges', title: XSS[3]! }));
  await ok(send(fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'n-1' } }));
}

/** A page that records every dialog and CSP violation, the signs of markup that tried to run. */
async function openScreen(url: string): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    // Injected markup that the policy stopped still shows up here, as a blocked inline script.
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}: ${e.sample}`),
    );
  });
  await page.goto(url);
  return { page, dialogs };
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  const seen = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    injected: [
      ...document.querySelectorAll(
        // A JSON data block (the follow page's first-view data) is inert: never run, so not a script here.
        'script:not([src]):not([type="application/json"]), iframe, object, embed, [onerror], [onload], [ontoggle], a[href^="javascript:"]',
      ),
    ].map((e) => e.outerHTML.slice(0, 80)),
  }));
  expect(seen).toEqual({ xss: null, violations: [], injected: [] });
  expect(dialogs).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const created = await server.createWorkshop('ilo-coop-2018');
  ({ links, facilitatorKey, code } = created);
  await hostileWorkshop();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  await browser?.close();
  await server?.close();
});

describe('script injection', { timeout: 60_000 }, () => {
  it.each([
    ['facilitator console', () => links.facilitate, XSS],
    ['projector', () => links.screen, XSS],
    ['remote follow', () => links.follow, [XSS[1]!]],
  ])('the %s shows the payloads as text and runs none', async (_name, url, expected) => {
    const { page, dialogs } = await openScreen(url());
    await waitLive(page);
    await page.getByText(XSS[1]!, { exact: false }).first().waitFor({ timeout: 15_000 });
    const text = await page.locator('body').innerText();
    for (const payload of expected) expect(text).toContain(payload);
    await expectNothingRan(page, dialogs);
  });

  it('the roles matrix shows hostile commitments and organisations as text on the console and the projector', async () => {
    const fac = sockets[0]!;
    expect((await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-roles' })).ok).toBe(true);
    for (const url of [links.facilitate, links.screen]) {
      const { page, dialogs } = await openScreen(url);
      await waitLive(page);
      // Visible ones: the room screen also keeps a hidden copy it measures to page its content.
      await page.getByText(XSS[5]!, { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 15_000 });
      const text = await page.locator('body').innerText();
      for (const payload of XSS.slice(5)) expect(text).toContain(payload);
      await expectNothingRan(page, dialogs);
    }
  });

  it('the participant screen shows a hostile name and notes as text and runs none', async () => {
    const { page, dialogs } = await openScreen(links.join);
    await waitLive(page);
    const form = page.getByTestId('join-form');
    await form.getByLabel('Your name').fill(XSS[4]!);
    await form.getByLabel('Your organisation').fill(XSS[0]!);
    await form.getByLabel('In the room').check();
    await form.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('me').getByText(XSS[4]!, { exact: false }).waitFor({ timeout: 10_000 });
    // Visible ones: the proposal form keeps the notes a commitment can answer folded away.
    await page.getByText(XSS[1]!, { exact: false }).filter({ visible: true }).first().waitFor({ timeout: 10_000 });
    await expectNothingRan(page, dialogs);
  });

  it('the HTML report escapes every payload, even opened without its CSP', async () => {
    const res = await fetch(`${server.url}/api/workshops/${code}/report?format=html`, {
      headers: { authorization: `Bearer ${facilitatorKey}` },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    const text = await page.locator('body').innerText();
    for (const payload of [XSS[0]!, XSS[1]!, XSS[5]!]) expect(text).toContain(payload);
    await expectNothingRan(page, dialogs);
  });
});
