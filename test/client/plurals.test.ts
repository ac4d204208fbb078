/** Counted messages pick the singular where the language says so. */
import { describe, expect, it, vi } from 'vitest';

// The locale store reads the browser's language on load; Node 20 has no `navigator`.
vi.stubGlobal('navigator', { language: 'en-GB' });
const { loadCatalog, translate } = await import('../../client/src/i18n/t.ts');

describe('plural messages', () => {
  it.each([
    ['en', 0, '0 dots'],
    ['en', 1, '1 dot'],
    ['en', 3, '3 dots'],
    ['fr', 0, '0 gommette'],
    ['fr', 1, '1 gommette'],
    ['fr', 2, '2 gommettes'],
    ['es', 1, '1 punto'],
    ['es', 4, '4 puntos'],
    ['pt', 0, '0 pontos'],
    ['pt', 1, '1 ponto'],
    ['pt', 2, '2 pontos'],
  ] as const)('%s with %i', async (locale, count, expected) => {
    await loadCatalog(locale);
    expect(translate(locale, 'votes.count', { count })).toBe(expected);
  });

  it.each([
    ['en', 'questions.upvotes', '1 upvote'],
    ['fr', 'questions.upvotes', '1 soutien'],
    ['en', 'review.count', '1 rating'],
    ['es', 'roles.imported', '1 organización añadida'],
    ['pt', 'hands.count', '1 mão levantada'],
  ] as const)('%s says %s in the singular for one', async (locale, key, expected) => {
    await loadCatalog(locale);
    expect(translate(locale, key, { count: 1 })).toBe(expected);
  });

  it('leaves messages without a singular variant as they are', async () => {
    await loadCatalog('en');
    expect(translate('en', 'votes.remaining', { count: 1, budget: 3 })).toBe('1 of 3 dots left');
  });
});
