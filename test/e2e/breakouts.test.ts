/**
 * Breakout groups in Chromium: 12 people in the room in 3 groups and 4 remote people in a group
 * of their own write privately on their group's copy of Challenges. The facilitator starts the
 * groups, messages them, steps report-back and merges on the console; the phone volunteers as its
 * group's rapporteur, picks its points and +1s other groups' (the other people act through their
 * sockets). The projector (1920×1080 and 1280×720) shows the groups at work, then report-back group
 * by group with +1s, then the merged board with each note's group; a plenary dot vote follows. A
 * phone of a room group and a remote participant never show, nor receive on any socket, a word
 * another group wrote while the groups run. Screenshots of every screen at every step go to
 * test-output/breakouts-*.png; then 8 groups of 8 must fit the projector at both sizes, working,
 * at report-back and merged (129 notes, each with its group).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';
import { okValue } from '../helpers/board-room.ts';
import { launchChromium, screenshot } from '../helpers/browser.ts';
import { send } from '../helpers/clients.ts';
import { waitFor } from '../helpers/wait.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { Seated } from './real-size-room.ts';
import {
  BOARD,
  cast,
  groupOfPerson,
  groupText,
  openBreakoutRoom,
  pickPoints,
  revealGroups,
  startGroups,
  writeInGroups,
  type BreakoutRoom,
  type Written,
} from './breakout-room.ts';
import { axeViolations, checkProjector, untranslatedTexts } from './checks.ts';
import { dot, openDevice, openOwnDevice, post, received, type OwnDevice, type Person } from './room.ts';

let server: TestServer;
let browser: Browser;
let room: BreakoutRoom;
let consoleP: Person, wide: Person, small: Person, phone: OwnDevice, remote: OwnDevice, follower: Person;
let breakout: Breakout;
let written: Map<string, Written[]>;

/** A participant's own device: their token in its storage, as after joining there. */
async function deviceOf(who: Seated, name: string, viewport: { width: number; height: number }): Promise<OwnDevice> {
  return openOwnDevice(browser, name, `${server.url}/w/${room.code}`, { code: room.code, token: who.token }, viewport);
}

const phoneOwner = () => room.people[0]!;
const remoteOwner = () => room.people[12]!;

beforeAll(async () => {
  server = await startTestServer();
  room = await openBreakoutRoom(server, cast(16, 4));
  browser = await launchChromium();
  const base = `${server.url}/w/${room.code}`;
  consoleP = await openDevice(browser, 'console', `${base}/facilitate#key=${room.facilitatorKey}`, {
    viewport: { width: 1440, height: 900 },
  });
  // Pages advance by key in the test (?pageSeconds=0), so nothing waits real seconds per page.
  wide = await openDevice(browser, 'projector-1080', `${base}/screen?pageSeconds=0`, {
    viewport: { width: 1920, height: 1080 },
  });
  small = await openDevice(browser, 'projector-720', `${base}/screen?pageSeconds=0`, {
    viewport: { width: 1280, height: 720 },
  });
  follower = await openDevice(browser, 'follow', `${base}/follow`, { viewport: { width: 390, height: 844 } });
  phone = await deviceOf(phoneOwner(), 'phone', { width: 360, height: 640 });
  remote = await deviceOf(remoteOwner(), 'remote', { width: 1280, height: 800 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  room?.close();
  await server?.close();
});

const everyone = () => [consoleP, wide, small, phone, remote, follower];

async function shootAll(step: string): Promise<void> {
  for (const p of everyone())
    await screenshot(p.page, `breakouts-${step}-${p.name}`, { fullPage: p !== wide && p !== small });
}

/** The screen in `locale`: nothing left in English, and (on the projector) still nothing cut. */
async function inLanguage(p: Person, locale: 'fr' | 'es' | 'pt', heading: string, step: string): Promise<void> {
  await p.page.getByTestId('language').selectOption(locale);
  await p.page.getByText(heading, { exact: true }).first().waitFor();
  await expect(untranslatedTexts(p.page, locale), `${p.name} in ${locale}`).resolves.toEqual([]);
  if (p === wide || p === small) await checkProjector(p, `${step} (${locale})`);
  await screenshot(p.page, `breakouts-${step.replace(/\W+/g, '-')}-${locale}-${p.name}`, { fullPage: p === follower });
  await p.page.getByTestId('language').selectOption('en');
}

const bodyText = (p: Person) => p.page.evaluate(() => document.body.innerText);

/** Texts of every group but `g`. */
const othersText = (g: BreakoutGroup) =>
  breakout.groups.filter((x) => x.id !== g.id).flatMap((x) => written.get(x.id)!.map((n) => n.text));

describe('breakout groups in a real browser', { timeout: 240_000 }, () => {
  it('splits the room into 3 room groups and 1 remote group; the projector and the follower show every group', async () => {
    // On the console: "Work in groups", 3 groups, balanced, remote people in a group of their own.
    const c = consoleP.page;
    await c.getByText('Work in groups', { exact: true }).click();
    const form = c.getByRole('form', { name: 'Start groups' });
    await form.getByLabel('Number of groups').fill('3');
    await form.getByLabel('How people are placed').selectOption({ label: 'Balanced (organisations, room and remote)' });
    await form.getByLabel('Remote participants').selectOption({ label: 'In groups of their own' });
    await form.getByRole('button', { name: 'Start groups' }).click();
    breakout = await waitFor(() => room.breakout().catch(() => null), 'the groups to start');
    expect(breakout.groups.map((g) => [g.name, g.remote, g.memberIds.length])).toEqual([
      ['1', false, 4],
      ['2', false, 4],
      ['3', false, 4],
      ['R1', true, 4],
    ]);
    expect(groupOfPerson(breakout, remoteOwner()).remote).toBe(true);
    for (const p of [wide, small]) await p.page.locator('[data-testid="breakout-group"]').nth(3).waitFor();
    const cards = wide.page.getByTestId('breakout-group');
    await expect(cards.locator('.bgroup-name').allTextContents()).resolves.toEqual([
      'Group 1',
      'Group 2',
      'Group 3',
      'Remote group 1',
    ]);
    await expect(cards.locator('.bgroup-people').allTextContents()).resolves.toEqual(Array(4).fill('4 people'));
    await follower.page.locator('[data-testid="breakout-line"]').nth(3).waitFor();
    await shootAll('1-started');
    for (const p of [wide, small]) await checkProjector(p, 'started');
  });

  it('writes privately in groups: the projector counts, and no screen shows another group a word', async () => {
    const mine = groupOfPerson(breakout, phoneOwner());
    const theirs = groupOfPerson(breakout, remoteOwner());
    const skip = new Set([phoneOwner().participantId, remoteOwner().participantId]);
    written = await writeInGroups(room, breakout, 2, skip);
    // The phone and the remote participant write through their screens, as people do.
    const phoneNote = groupText(mine, 90);
    const remoteNote = groupText(theirs, 91);
    await post(phone, copyBoardId(BOARD, mine.id), phoneNote, 'Markets and trade');
    await post(remote, copyBoardId(BOARD, theirs.id), remoteNote, 'Markets and trade');
    written.get(mine.id)!.push({ id: 'phone', text: phoneNote });
    written.get(theirs.id)!.push({ id: 'remote', text: remoteNote });
    await consoleP.page.getByLabel('Message to all groups').fill('5 minutes left: choose your top points');
    await consoleP.page.getByRole('button', { name: 'Send message' }).click();
    for (const p of [wide, small, follower]) await p.page.getByTestId('breakout-message').waitFor();
    // 4 people × 2 notes, but the phone and the remote participant wrote 1 each.
    for (const g of breakout.groups) {
      const count = written.get(g.id)!.length;
      expect(count).toBe(g.id === mine.id || g.id === theirs.id ? 7 : 8);
      await wide.page
        .locator(`[data-testid="breakout-group"][data-group-id="${g.id}"][data-notes="${count}"]`)
        .waitFor();
    }
    // In low-data mode the follower still has the groups and the message: counts and one line, no note text.
    await follower.page.getByTestId('low-data').check();
    await follower.page.getByText('Note text is not downloaded on this device.').waitFor();
    await follower.page.locator(`[data-testid="breakout-line"][data-notes="8"]`).nth(1).waitFor();
    await follower.page.getByTestId('breakout-message').waitFor();
    await screenshot(follower.page, 'breakouts-2-writing-follow-low-data', { fullPage: true });
    await follower.page.getByTestId('low-data').uncheck();
    await shootAll('2-writing');
    for (const p of [wide, small]) await checkProjector(p, 'writing', p === wide);
    await expect(axeViolations(follower.page)).resolves.toEqual([]);

    await revealGroups(room, breakout);
    // Revealed, a group reads its own notes, and still nothing of the others'.
    const mate = written.get(mine.id)!.find((n) => n.id !== 'phone')!;
    await waitFor(() => received(phone, mate.text), "the phone to be told its group's notes");
    await waitFor(
      () => received(remote, written.get(theirs.id)![0]!.text),
      "the remote participant to be told its group's notes",
    );
    await shootAll('3-revealed');
    for (const [p, g] of [
      [phone, mine],
      [remote, theirs],
    ] as const) {
      const shown = await bodyText(p);
      for (const text of othersText(g)) {
        expect({ screen: p.name, shows: shown.includes(text), text }).toEqual({ screen: p.name, shows: false, text });
        expect({ screen: p.name, received: received(p, text), text }).toEqual({
          screen: p.name,
          received: false,
          text,
        });
      }
    }
    // The follower, in no group, sees counts only.
    const followed = await bodyText(follower);
    for (const g of breakout.groups) for (const n of written.get(g.id)!) expect(followed).not.toContain(n.text);
  });

  it('reports back group by group on the projector, with the +1s of the other groups', async () => {
    const mine = groupOfPerson(breakout, phoneOwner());
    const top = (g: BreakoutGroup) => written.get(g.id)!.slice(0, 2);
    // The phone's owner speaks for her group: she volunteers and ticks its two top points on her phone.
    await phone.page.getByRole('button', { name: 'Volunteer as rapporteur' }).click();
    for (const n of top(mine)) {
      const box = phone.page.getByRole('checkbox', { name: `Top point: ${n.text}` });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await pickPoints(room, breakout, (g) => top(g).map((n) => n.id), mine);
    await consoleP.page.getByRole('button', { name: 'Start report-back' }).click();
    for (const [index, g] of breakout.groups.entries()) {
      if (index > 0) await consoleP.page.getByRole('button', { name: 'Next group' }).click();
      const point = written.get(g.id)![0]!;
      // Three people of other groups back the group's first point (and the phone, on its screen, another group's).
      const others = room.people.filter((p) => !g.memberIds.includes(p.participantId) && p !== phoneOwner());
      for (const p of others.slice(index, index + 3))
        okValue(await send(p.socket, 'breakout:plus', { noteId: point.id }));
      const plusOnes = g.id === mine.id ? 3 : 4;
      if (g.id !== mine.id) {
        const plus = phone.page.getByRole('button', { name: `+1: ${point.text}` });
        await plus.click();
        await expect.poll(() => plus.getAttribute('aria-pressed')).toBe('true');
      }
      for (const p of [wide, small]) {
        await p.page.locator(`[data-testid="breakout-report"][data-group-id="${g.id}"]`).waitFor();
        await p.page
          .locator('[data-testid="breakout-point"]:visible', { hasText: point.text })
          .locator(`[data-testid="plus-ones"][data-count="${plusOnes}"]`)
          .waitFor();
      }
      await follower.page.locator(`[data-testid="breakout-report"][data-group-id="${g.id}"]`).waitFor();
      if (index === 1) await inLanguage(follower, 'es', 'Puesta en común · grupo 2 de 4', 'report 2');
      const rapporteur = g.id === mine.id ? phoneOwner() : room.people.find((p) => p.participantId === g.memberIds[0])!;
      await expect(wide.page.getByTestId('breakout-rapporteur').innerText()).resolves.toBe(
        `Rapporteur: ${rapporteur.name}`,
      );
      await shootAll(`4-report-${index + 1}`);
      for (const p of [wide, small]) await checkProjector(p, `report ${index + 1}`, index === 0 && p === wide);
    }
  });

  it('merges every group into the plenary board, each note with its group; a plenary dot vote follows', async () => {
    const [g1, g2] = breakout.groups;
    // Group 1's and group 2's second notes say the same: they become one note listing both.
    const pair = [written.get(g1!.id)![1]!, written.get(g2!.id)![1]!];
    const total = [...written.values()].flat().length;
    // On the console: tick the two, combine them, merge.
    const c = consoleP.page;
    await c.getByText('Combine duplicates', { exact: true }).click();
    await c.getByRole('checkbox', { name: `Group 1: ${pair[0]!.text}` }).check();
    await c.getByRole('checkbox', { name: `Group 2: ${pair[1]!.text}` }).check();
    await c.getByRole('button', { name: 'Combine ticked notes as one' }).click();
    await c.getByRole('button', { name: 'Merge into the plenary board' }).click();
    await waitFor(async () => (await room.breakout()).status === 'merged', 'the merge');
    expect((await room.breakout()).merged!.noteIds).toHaveLength(total - 1);
    const remoteNote = written.get(breakout.groups[3]!.id)![0]!.text;
    for (const p of [wide, small]) await p.page.locator('[data-testid="board"][data-board-id="challenges"]').waitFor();
    await shootAll('5-merged');
    for (const p of [wide, small]) {
      // Read over the whole paging cycle: every note once, each with the group it came from.
      const seen = await checkProjector(p, 'merged', p === wide);
      for (const text of [pair[0]!.text, 'Combined from 2 notes: Group 1, Group 2', remoteNote, 'From: Remote group 1'])
        expect({ screen: p.name, seen: seen.has(text), text }).toEqual({ screen: p.name, seen: true, text });
      expect(seen.has(pair[1]!.text), 'the combined duplicate is one note').toBe(false);
    }
    // The console's note cards say it too.
    await consoleP.page
      .locator('[data-testid="note"]', { hasText: pair[0]!.text })
      .getByTestId('note-origin')
      .getByText('Combined from 2 notes: Group 1, Group 2')
      .first()
      .waitFor();

    okValue(await send(room.fac, 'vote:open', { boardId: BOARD, budget: 3, allowStacking: false }));
    const merged = Object.values((await room.state()).notes).filter((n) => n.boardId === BOARD);
    expect(merged).toHaveLength(total - 1);
    // The phone puts its three dots on its screen; everyone else through their sockets.
    await dot(
      phone,
      [0, 1, 2].map((k) => merged[k]!.text),
    );
    for (const [i, p] of room.people.entries())
      for (let d = 0; d < 3 && p !== phoneOwner(); d++)
        okValue(await send(p.socket, 'vote:cast', { boardId: BOARD, noteId: merged[(i + d * 5) % merged.length]!.id }));
    await shootAll('6-voting');
    okValue(await send(room.fac, 'vote:close', { boardId: BOARD }));
    for (const p of [wide, small]) await p.page.getByTestId('vote-results').waitFor();
    await shootAll('7-results');
    for (const p of [wide, small]) await checkProjector(p, 'results');
    for (const p of everyone()) expect(p.errors, p.name).toEqual([]);
  });
});

describe('8 groups of 8 on the projector', { timeout: 180_000 }, () => {
  it('fit at 1920×1080 and 1280×720 while working, at report-back and merged (129 notes, each with its group), nothing cut', async () => {
    const big = await openBreakoutRoom(server, cast(64, 0));
    try {
      const b = await startGroups(big, 8);
      expect(b.groups.map((g) => g.memberIds.length)).toEqual(Array(8).fill(8));
      const notes = await writeInGroups(big, b, 2);
      okValue(
        await send(big.fac, 'breakout:message', { text: 'Ten minutes left. Rapporteurs, pick up to five points.' }),
      );
      for (const p of [wide, small]) {
        await p.page.goto(`${server.url}/w/${big.code}/screen?pageSeconds=0`);
        await p.page.locator('[data-testid="breakout-group"][data-notes="16"]').nth(7).waitFor();
        await screenshot(p.page, `breakouts-8x8-working-${p.name}`);
        await checkProjector(p, '8×8 working', true);
      }
      await inLanguage(small, 'fr', 'Travail en 8 groupes', '8×8 working');
      // The first group brings back five points, one of them as long as a note may be.
      const g = b.groups[0]!;
      const writer = big.people.find((p) => p.participantId === g.memberIds[0])!;
      const long =
        `${'Pooled orders across neighbouring cooperatives, shared certification and a buyer who commits to a price for a whole season. '.repeat(4)}`
          .slice(0, 500)
          .trim();
      await revealGroups(big, b);
      okValue(
        await send(writer.socket, 'note:add', {
          id: 'long',
          boardId: copyBoardId(BOARD, g.id),
          column: 'Markets and trade',
          text: long,
        }),
      );
      await pickPoints(big, b, (x) =>
        x.id === g.id
          ? [
              'long',
              ...notes
                .get(x.id)!
                .slice(0, 4)
                .map((n) => n.id),
            ]
          : [],
      );
      okValue(await send(big.fac, 'breakout:report', { index: 0 }));
      for (const p of [wide, small]) {
        await p.page.locator('[data-testid="breakout-point"]').nth(4).waitFor({ state: 'attached' });
        await screenshot(p.page, `breakouts-8x8-report-${p.name}`);
        await checkProjector(p, '8×8 report-back', true);
      }
      await inLanguage(small, 'pt', 'Relato · grupo 1 de 8', '8×8 report-back');
      // Merged: 129 notes on one board, each with the group it came from, every one read over the cycle.
      expect(okValue(await send(big.fac, 'breakout:merge', {}))).toEqual({ notes: 129, clusters: 0, commitments: 0 });
      const texts = [long, ...[...notes.values()].flat().map((n) => n.text)];
      for (const p of [wide, small]) {
        await p.page.locator('[data-testid="board"][data-board-id="challenges"]').waitFor();
        await screenshot(p.page, `breakouts-8x8-merged-${p.name}`);
        const seen = await checkProjector(p, '8×8 merged');
        const missing = texts.filter((t) => !seen.has(t));
        expect({ screen: p.name, missing }).toEqual({ screen: p.name, missing: [] });
        for (const k of [1, 8]) expect(seen.has(`From: Group ${k}`), `${p.name}: From: Group ${k}`).toBe(true);
      }
    } finally {
      big.close();
    }
  });
});
