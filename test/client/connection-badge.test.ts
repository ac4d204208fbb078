/** The connection badge tells live, connecting, offline (and coming back), removed and refused apart. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// The locale store reads the browser's language on load; Node 20 has no `navigator`.
vi.stubGlobal('navigator', { language: 'en' });
const { ConnectionBadge } = await import('../../client/src/ui/ConnectionBadge.tsx');
const { useConnection } = await import('../../client/src/stores/connection.ts');

const base = {
  socketExpected: true,
  socketConnected: false,
  replicaSynced: false,
  everLive: false,
  removed: false,
  refused: null,
};

describe('ConnectionBadge', () => {
  it.each([
    ['before the first connection', 'connecting', {}],
    ['with the socket and the replica up', 'live', { socketConnected: true, replicaSynced: true }],
    ['on a follow screen with the replica alone', 'live', { socketExpected: false, replicaSynced: true }],
    ['after losing a live connection', 'offline', { everLive: true, replicaSynced: true }],
    ['after the facilitator removed this participant', 'removed', { everLive: true, removed: true }],
    ['after a refusal for good (an expired token)', 'refused', { refused: 'token_expired' }],
  ] as const)('reads %s as %s', (_name, state, patch) => {
    // Server rendering reads a store's initial state, so that is the object to fill.
    Object.assign(useConnection.getInitialState(), base, patch);
    expect(renderToStaticMarkup(createElement(ConnectionBadge))).toContain(`data-state="${state}"`);
  });
});
