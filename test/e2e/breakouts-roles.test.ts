/**
 * Session 3's roles mapping in breakout groups, in Chromium: six people of six organisations, three
 * in the room and three remote, with groups switched on for "Mapping our roles". Entering the step
 * on the console splits them into a room group and a remote group, each with its own copy of the
 * roles matrix (its members' organisations as rows). The phone (360×640) and the remote laptop
 * propose on their screens, the others through their sockets; neither ever shows, nor receives on
 * any socket, a word the other group proposed. The projector and the follower count each group's
 * commitments; the console shows every group's matrix and confirms on one. The merge brings them
 * to the plenary matrix, each saying its group on the console, the phone and the projector; the
 * facilitator confirms one there, and the mapping carries on in plenary. Screenshots of every
 * screen at every step go to test-output/breakouts-roles-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';
import type { PublicState } from '../../shared/model.ts';
import { ILO_GROUP_PLAN } from '../../shared/templates/ilo-coop-2018.ts';
import { okValue } from '../helpers/board-room.ts';
import { launchChromium, screenshot } from '../helpers/browser.ts';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { cast, groupOfPerson } from './breakout-room.ts';
import { axeViolations, checkProjector } from './checks.ts';
import { seatPeople, type Seated } from './real-size-room.ts';
import { openDevice, openOwnDevice, received, type OwnDevice, type Person } from './room.ts';

const ROLES = 'roles';

let server: TestServer;
let browser: Browser;
let code: string;
let fac: TestSocket;
let people: Seated[];
let consoleP: Person, projector: Person, follower: Person, phone: OwnDevice, remote: OwnDevice;
let breakout: Breakout;
/** What each group proposed, by group id: the texts name their group, so a test can tell whose words reached a screen. */
const proposed = new Map<string, string[]>();

const state = (): Promise<PublicState> => server.publicState(code);
const phoneOwner = () => people[0]!;
const remoteOwner = () => people[3]!;
const everyone = () => [consoleP, projector, follower, phone, remote];

/** A commitment's text that says which group proposed it. */
const pledge = (g: BreakoutGroup, what: string) => `${what} (group ${g.name})`;

async function shootAll(step: string): Promise<void> {
  for (const p of everyone())
    await screenshot(p.page, `breakouts-roles-${step}-${p.name}`, { fullPage: p !== projector });
}

/** Proposes on the screen's form: the kind, the text, a contact person. */
async function proposeOnScreen(p: Person, kind: string, text: string, contact: string): Promise<void> {
  const form = p.page.getByTestId('propose-commitment');
  await form.getByLabel('Kind of contribution').selectOption(kind);
  await form.getByTestId('commitment-text').fill(text);
  await form.getByLabel('Contact person').fill(contact);
  await form.getByRole('button', { name: 'Propose' }).click();
  await p.page.locator('[data-commitment]', { hasText: text }).waitFor();
}

const bodyText = (p: Person) => p.page.evaluate(() => document.body.innerText);

beforeAll(async () => {
  server = await startTestServer();
  const created = await server.createWorkshop('ilo-coop-2018');
  code = created.code;
  ({ socket: fac } = await connectSocket(server.url, {
    code,
    client: 'facilitate',
    facilitatorKey: created.facilitatorKey,
  }));
  // Groups switched on for "Mapping our roles" as the ILO template offers it, sized for six people.
  const roles = (await state()).room.agenda.segments
    .find((s) => s.id === 'session-3')!
    .activities.find((a) => a.id === 's3-roles')!;
  const plan = { ...ILO_GROUP_PLAN, count: 1 };
  okValue(
    await send(fac, 'agenda:edit', {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-roles',
      patch: { config: { ...roles.config, groups: plan } },
    }),
  );
  // Three in the room, three remote: six organisations.
  people = await seatPeople(server, code, cast(6, 3));
  browser = await launchChromium();
  const base = `${server.url}/w/${code}`;
  consoleP = await openDevice(browser, 'console', `${base}/facilitate#key=${created.facilitatorKey}`, {
    viewport: { width: 1440, height: 900 },
  });
  projector = await openDevice(browser, 'projector', `${base}/screen?pageSeconds=0`, {
    viewport: { width: 1920, height: 1080 },
  });
  follower = await openDevice(browser, 'follow', `${base}/follow`, { viewport: { width: 390, height: 844 } });
  phone = await openOwnDevice(browser, 'phone', base, { code, token: phoneOwner().token }, { width: 360, height: 640 });
  remote = await openOwnDevice(
    browser,
    'remote',
    base,
    { code, token: remoteOwner().token },
    { width: 1280, height: 800 },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  fac?.close();
  for (const p of people ?? []) p.socket.close();
  await server?.close();
});

describe('mapping roles in breakout groups in a real browser', { timeout: 240_000 }, () => {
  it('entering "Mapping our roles" splits the room into a room group and a remote group, each with its own matrix', async () => {
    await consoleP.page.locator('[data-step="s3-roles"] button').click();
    breakout = await waitFor(async () => Object.values((await state()).breakouts)[0] ?? null, 'the groups to start');
    expect(breakout.boardIds).toEqual([ROLES]);
    expect(breakout.groups.map((g) => [g.name, g.remote, g.memberIds.length])).toEqual([
      ['1', false, 3],
      ['R1', true, 3],
    ]);
    const [room, away] = breakout.groups as [BreakoutGroup, BreakoutGroup];
    expect(groupOfPerson(breakout, phoneOwner()).id).toBe(room.id);
    expect(groupOfPerson(breakout, remoteOwner()).id).toBe(away.id);
    // Each copy's rows are its members' organisations.
    const s = await state();
    for (const g of breakout.groups) {
      const orgs = people.filter((p) => g.memberIds.includes(p.participantId)).map((p) => p.organisation);
      expect(s.roleMatrices[copyBoardId(ROLES, g.id)]!.organisations).toEqual(orgs);
    }
    await phone.page.getByText(`Propose a commitment for ${phoneOwner().organisation}`).waitFor();
    await remote.page.getByText(`Propose a commitment for ${remoteOwner().organisation}`).waitFor();
    await projector.page.locator('[data-testid="breakout-group"][data-commitments="0"]').nth(1).waitFor();
    await expect(projector.page.locator('.bgroup-notes').allTextContents()).resolves.toEqual([
      'No commitment yet',
      'No commitment yet',
    ]);
    await follower.page.locator('[data-testid="breakout-line"]').nth(1).waitFor();
    await shootAll('1-started');
    await checkProjector(projector, 'started', true);
  });

  it('participants propose in their groups; the phone never shows nor receives the other group’s words', async () => {
    const [room, away] = breakout.groups as [BreakoutGroup, BreakoutGroup];
    const words = {
      phone: pledge(room, 'Train producer cooperatives in export rules'),
      mate: pledge(room, 'Share our buyers’ list with producer cooperatives'),
      remote: pledge(away, 'Publish prices paid to producers every quarter'),
      away: pledge(away, 'Fund a pilot shipment between two cooperatives'),
    };
    await proposeOnScreen(phone, 'Capacity building', words.phone, phoneOwner().name);
    await proposeOnScreen(remote, 'Evidence and research', words.remote, remoteOwner().name);
    const bySocket = [
      [people[1]!, room, 'k-mate', 'Intermediation', words.mate],
      [people[4]!, away, 'k-away', 'Finance', words.away],
    ] as const;
    for (const [who, g, id, kind, text] of bySocket)
      okValue(await send(who.socket, 'commitment:propose', { id, boardId: copyBoardId(ROLES, g.id), kind, text }));
    proposed.set(room.id, [words.phone, words.mate]);
    proposed.set(away.id, [words.remote, words.away]);
    // Nobody proposes on another group's copy.
    expect(
      await send(people[2]!.socket, 'commitment:propose', {
        id: 'k-intruder',
        boardId: copyBoardId(ROLES, away.id),
        kind: 'Tools',
        text: 'Not my group',
      }),
    ).toMatchObject({ ok: false, error: 'not_in_group' });

    // Each group reads its own group's commitments, and only those.
    await phone.page.locator('[data-commitment]', { hasText: words.mate }).waitFor();
    await remote.page.locator('[data-commitment]', { hasText: words.away }).waitFor();
    for (const [p, theirs] of [
      [phone, proposed.get(away.id)!],
      [remote, proposed.get(room.id)!],
    ] as const) {
      const shown = await bodyText(p);
      for (const text of theirs) {
        expect({ screen: p.name, shows: shown.includes(text), text }).toEqual({ screen: p.name, shows: false, text });
        expect({ screen: p.name, received: received(p, text), text }).toEqual({
          screen: p.name,
          received: false,
          text,
        });
      }
    }
    // The projector and the follower count them, and show no word of them.
    for (const g of breakout.groups) {
      await projector.page
        .locator(`[data-testid="breakout-group"][data-group-id="${g.id}"][data-commitments="2"]`)
        .waitFor();
      await follower.page
        .locator(`[data-testid="breakout-line"][data-group-id="${g.id}"][data-commitments="2"]`)
        .waitFor();
    }
    await expect(projector.page.locator('.bgroup-notes').allTextContents()).resolves.toEqual([
      '2 commitments',
      '2 commitments',
    ]);
    for (const p of [projector, follower]) {
      const shown = await bodyText(p);
      for (const text of [...proposed.values()].flat()) expect(shown, p.name).not.toContain(text);
    }
    await shootAll('2-proposed');
    await checkProjector(projector, 'proposed');
    await expect(axeViolations(follower.page)).resolves.toEqual([]);
  });

  it('the console sees every group’s matrix, and confirms on one', async () => {
    const c = consoleP.page;
    const [room, away] = breakout.groups as [BreakoutGroup, BreakoutGroup];
    for (const [g, name] of [
      [room, 'Group 1'],
      [away, 'Remote group 1'],
    ] as const) {
      const card = c.getByTestId(`group-card-${g.id}`);
      await card.locator('.group-counts', { hasText: '2 commitments' }).waitFor();
      await card.getByRole('button', { name: `Open the board of ${name}` }).click();
      for (const text of proposed.get(g.id)!) await card.locator('[data-commitment]', { hasText: text }).waitFor();
    }
    // Confirmed on the group's card, the phone's group sees it confirmed.
    const mate = proposed.get(room.id)![1]!;
    await c
      .getByTestId(`group-card-${room.id}`)
      .locator('[data-commitment]', { hasText: mate })
      .locator('[data-action="confirm"]')
      .click();
    await phone.page.locator('[data-commitment][data-status="confirmed"]', { hasText: mate }).waitFor();
    await screenshot(c, 'breakouts-roles-3-console-groups', { fullPage: true });
    await screenshot(phone.page, 'breakouts-roles-3-confirmed-phone', { fullPage: true });
  });

  it('merges every group’s commitments into the plenary matrix, each with its group; the facilitator confirms one there', async () => {
    const c = consoleP.page;
    const [room, away] = breakout.groups as [BreakoutGroup, BreakoutGroup];
    await c.getByRole('button', { name: 'Merge into the plenary board' }).click();
    await waitFor(async () => (await state()).breakouts[breakout.id]?.status === 'merged', 'the merge');
    const merged = Object.values((await state()).commitments).filter((c) => c.boardId === ROLES);
    expect(merged.map((m) => [m.text, m.fromGroup, m.status]).sort()).toEqual(
      [
        [proposed.get(room.id)![0], '1', 'proposed'],
        [proposed.get(room.id)![1], '1', 'confirmed'],
        [proposed.get(away.id)![0], 'R1', 'proposed'],
        [proposed.get(away.id)![1], 'R1', 'proposed'],
      ].sort(),
    );
    const origin = (g: BreakoutGroup) => (g.id === room.id ? 'From: Group 1' : 'From: Remote group 1');
    // Console and phone: each card of the plenary matrix says its group.
    for (const p of [consoleP, phone]) {
      const matrix = p.page.locator(`[data-testid="roles-matrix"][data-board-id="${ROLES}"]`);
      for (const g of breakout.groups)
        for (const text of proposed.get(g.id)!)
          await matrix
            .locator('[data-commitment]', { hasText: text })
            .getByTestId('group-origin')
            .getByText(origin(g), { exact: true })
            .waitFor();
    }
    // The projector, over its whole paging cycle: every commitment and both groups' names.
    await projector.page.locator(`[data-testid="roles-matrix"]`).waitFor();
    const seen = await checkProjector(projector, 'merged', true);
    for (const text of [...[...proposed.values()].flat(), 'From: Group 1', 'From: Remote group 1'])
      expect({ seen: seen.has(text), text }).toEqual({ seen: true, text });
    await shootAll('4-merged');

    // The facilitator confirms the remote group's first commitment on the plenary matrix.
    const first = proposed.get(away.id)![0]!;
    await c
      .locator(`[data-testid="roles-matrix"][data-board-id="${ROLES}"] [data-commitment]`, { hasText: first })
      .locator('[data-action="confirm"]')
      .click();
    // The projector's pager also lays every card out in a hidden copy to measure it.
    for (const p of [phone, projector])
      await p.page
        .locator('[data-commitment][data-status="confirmed"]', { hasText: first })
        .filter({ visible: true })
        .waitFor();
    await shootAll('5-confirmed');
  });

  it('carries on in plenary on the same step, and into "Commitments and next steps"', async () => {
    // The merge opened the plenary matrix as the groups had theirs: the phone proposes at once.
    const text = 'Host the next coop-to-coop trade fair';
    await proposeOnScreen(phone, 'Market access', text, phoneOwner().name);
    const s = await state();
    expect(s.room.live.activityId).toBe('s3-roles');
    expect(Object.keys(s.breakouts)).toEqual([breakout.id]);
    expect(Object.values(s.commitments).find((c) => c.text === text)).toMatchObject({ boardId: ROLES });
    await remote.page.locator('[data-commitment]', { hasText: text }).waitFor();
    await shootAll('6-plenary');
    await consoleP.page.locator('[data-step="s3-commitments"] button').click();
    const next = 'Publish the pilot’s first prices in every member’s newsletter';
    await proposeOnScreen(remote, 'Evidence and research', next, remoteOwner().name);
    await phone.page.locator('[data-commitment]', { hasText: next }).waitFor();
    await shootAll('7-next-step');
    for (const p of everyone()) expect(p.errors, p.name).toEqual([]);
  });
});
