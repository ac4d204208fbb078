/**
 * The roles, review, questions and report components rendered (server-side React) from the state a
 * real server produced for a scripted workshop, as each role sees it.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicState, Role } from '../../shared/model.ts';
import { openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

// The client's stores read the browser's language and storage when first imported.
Object.assign(globalThis, {
  navigator: { language: 'en' },
  localStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
});
const { useWorkshop } = await import('../../client/src/stores/workshop.ts');
const { useConnection } = await import('../../client/src/stores/connection.ts');
const { useMyUpvotes } = await import('../../client/src/stores/questions.ts');
const { RolesMatrix } = await import('../../client/src/features/roles/RolesMatrix.tsx');
const { ExpectationsReview } = await import('../../client/src/features/expectations/ExpectationsReview.tsx');
const { Questions } = await import('../../client/src/features/questions/Questions.tsx');
const { QuestionsFlow } = await import('../../client/src/screens/projector/QuestionsFlow.tsx');
const { ReportButton } = await import('../../client/src/features/report/ReportButton.tsx');

let server: TestServer;
let m: Meeting;
let state: PublicState;
beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await scriptWorkshop(m);
  state = await m.serverState();
});
afterAll(async () => {
  m?.close();
  await server?.close();
});

/**
 * Puts `value` into a store as server rendering reads it: zustand's server snapshot is the
 * store's initial state, so that object is the one to fill.
 */
function seed<S extends object>(store: { getInitialState(): S }, value: Partial<S>): void {
  Object.assign(store.getInitialState(), value);
}

/** Renders `component` as `role` (a participant of Ana Coop) over `pub`. */
function render<P extends object>(
  component: FunctionComponent<P>,
  props: P,
  role: Role,
  pub: PublicState = state,
): string {
  seed(useWorkshop, { state: pub });
  const participant = role === 'participant';
  seed(useConnection, {
    session: {
      role,
      participantId: participant ? m.ana.participantId : null,
      name: participant ? 'Ana' : null,
      organisation: participant ? 'Ana Coop' : null,
      attendance: participant ? 'room' : null,
      serverNow: 0,
    },
  });
  return renderToStaticMarkup(createElement(component, props));
}

/** The state during Session 1's first talk with its questions open again, as the projector would see Q&A. */
function duringTalk(): PublicState {
  const questions = Object.fromEntries(
    Object.entries(state.questions).map(([id, q]) => [id, { ...q, status: 'open' as const }]),
  );
  const boards = { ...state.boards, questions: { ...state.boards.questions!, mode: 'open' as const } };
  return {
    ...state,
    questions,
    boards,
    room: {
      ...state.room,
      live: { segmentId: 'session-1', activityId: 'session-1-talk-1', enteredAt: 0 },
      activeBoardIds: ['questions'],
    },
  };
}

// Labels come from per-language catalogs loaded at run time; these checks read the data and the structure.
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('RolesMatrix', () => {
  it('shows every organisation against every kind, with commitments, owners and what they answer', () => {
    const html = render(RolesMatrix, {}, 'participant');
    for (const col of ['Intermediation', 'Finance', 'Market access', 'Evidence and research'])
      expect(html).toContain(`<th scope="col">${col}</th>`);
    // Ana Coop's row: three empty cells, then Finance holds her confirmed commitment and the challenge it answers.
    expect(html).toMatch(
      /<tr class="own-row"><th scope="row">Ana Coop<\/th>(<td [^>]*><\/td>){3}<td [^>]*><article [^>]*data-commitment="k-1" data-status="confirmed">.*Ana Lima.*<li>Certification is too expensive<\/li>/,
    );
    expect(html).toMatch(
      /<th scope="row">Ben Coop<\/th>(<td [^>]*><\/td>){4}<td [^>]*><article [^>]*data-commitment="k-2" data-status="proposed"><p class="commitment-text">-1 shelf for coop products<\/p>/,
    );
    // The closing locks the roles board: no proposal form, and a participant never gets the facilitator's buttons.
    expect(html).toContain('data-testid="roles-closed"');
    expect(count(html, /data-action=|data-testid="propose-commitment"|data-testid="roles-setup"/)).toBe(0);
  });

  it('gives the facilitator confirm for proposals, edit and remove, and the rows and columns', () => {
    const html = render(RolesMatrix, {}, 'facilitator');
    expect([
      count(html, /data-action="confirm"/),
      count(html, /data-action="edit"/),
      count(html, /data-action="remove"/),
    ]).toEqual([1, 2, 2]);
    expect(html).toContain('data-testid="roles-setup"');
    expect(html).not.toContain('data-testid="roles-closed"');
  });

  it('offers a participant the proposal form, with the challenges to link, while the roles board is open', () => {
    const pub = {
      ...state,
      room: { ...state.room, activeBoardIds: ['roles'] },
      boards: { ...state.boards, roles: { ...state.boards.roles!, mode: 'open' as const } },
    };
    const html = render(RolesMatrix, {}, 'participant', pub);
    expect(html).toContain('data-testid="propose-commitment"');
    expect(html).toMatch(/<input type="checkbox"\/>Certification is too expensive/);
    // Note text is text: the hostile note is escaped, never markup.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });
});

describe('ExpectationsReview', () => {
  it('shows the expectation in focus with its live bars, and the verdict form to the facilitator', () => {
    const html = render(ExpectationsReview, {}, 'facilitator');
    expect(html).toMatch(
      /data-position="2".*data-expectation="exp-2"><p class="expectation-text">Agree on a joint pilot<\/p>/,
    );
    expect(html).toMatch(
      /data-rating="not_met">.*?<span class="rating-fill" style="width:50%"><\/span><\/span><span class="rating-count">1</,
    );
    // Catalogs are not loaded here: the due date sits in the `actions.by` message.
    expect(html).toMatch(/data-verdict="not_met">.*Draft the pilot concept note \(ILO COOP, actions\.by\)/);
    expect(html).toContain('data-testid="verdict-form"');
    expect(html).toContain('data-testid="review-open"');
  });

  it('before the review, shows the expectations plainly: no bars, no rating', () => {
    const idle = {
      ...state,
      expectationReviews: { expectations: { ...state.expectationReviews.expectations!, status: 'idle' as const } },
    };
    const html = render(ExpectationsReview, {}, 'participant', idle);
    expect(count(html, /data-expectation=/)).toBe(2);
    expect(count(html, /data-testid="rating-bars"|data-rate=/)).toBe(0);
  });

  it('tells a participant rating is closed, and shows the grid with every expectation and no verdict form', () => {
    expect(render(ExpectationsReview, {}, 'participant')).toContain('data-review-status="closed"');
    const grid = {
      ...state,
      expectationReviews: {
        expectations: { ...state.expectationReviews.expectations!, layout: 'grid' as const, status: 'open' as const },
      },
    };
    const html = render(ExpectationsReview, {}, 'participant', grid);
    expect(count(html, /data-expectation=/)).toBe(2);
    expect(html).toContain('Meet buyers from consumer coops');
    expect(html).not.toContain('data-testid="verdict-form"');
  });
});

describe('Questions, and the projector’s questions', () => {
  it('lists the talk’s questions, most upvoted first; a participant sees their upvote pressed', () => {
    seed(useMyUpvotes, { upvoted: new Set(['q-1']) });
    const html = render(Questions, {}, 'participant', duringTalk());
    expect(html).toContain('Coop-to-coop trade: a case study by WFTO members');
    expect(html).toMatch(
      /data-question="q-1" data-status="open" data-upvotes="2">.*How were prices agreed with producers\?.*aria-pressed="true"[^>]*data-action="upvote".*data-question="q-2"/,
    );
    expect(html).toContain('data-testid="question-text"');
  });

  it('gives the facilitator answered and park, and the projector every open question, most upvoted first', () => {
    const html = render(Questions, {}, 'facilitator', duringTalk());
    expect([
      count(html, /data-action="answered"/),
      count(html, /data-action="parked"/),
      count(html, /data-action="upvote"/),
    ]).toEqual([2, 2, 0]);
    const top = render(QuestionsFlow, {}, 'follower', duringTalk());
    expect(top).toMatch(/How were prices agreed with producers\?.*Could this work for coffee\?/);
  });
});

describe('ReportButton', () => {
  it('offers each format', () => {
    const html = render(ReportButton, { code: m.code }, 'facilitator');
    expect([...html.matchAll(/data-format="(\w+)"/g)].map((x) => x[1])).toEqual(['html', 'md', 'csv', 'json']);
  });
});
