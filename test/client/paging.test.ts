/** The projector's page layout: blocks flow down columns, then onto the next page; titles repeat where a section continues. */
import { describe, expect, it } from 'vitest';
import { packPages, type PackItem } from '../../client/src/features/paging/pack.ts';

const items = (section: string, heights: number[]): PackItem[] =>
  heights.map((height, i) => ({ key: `${section}${i}`, section, height }));
const headers = { a: { start: 10, continued: 10 }, b: { start: 20, continued: 10 } };
/** Pages as strings: columns split by `|`, a `^` before a block drawn under its section title, `~` under a repeated one. */
const show = (pages: ReturnType<typeof packPages>) =>
  pages.map((p) =>
    p
      .map((c) => c.map((e) => `${e.header === 'start' ? '^' : e.header === 'continued' ? '~' : ''}${e.key}`).join(' '))
      .join(' | '),
  );

describe('packing blocks into pages', () => {
  it.each<[string, PackItem[], number, number, string[]]>([
    ['everything on one page', [...items('a', [20, 20]), ...items('b', [10])], 2, 100, ['^a0 a1 ^b0']],
    ['a column fills, the next takes over with the title repeated', items('a', [40, 40, 40]), 2, 100, ['^a0 a1 | ~a2']],
    ['columns full: a new page', items('a', [60, 60, 60]), 2, 100, ['^a0 | ~a1', '~a2']],
    [
      'a new section starts at the top of a column with its own title',
      [...items('a', [60]), ...items('b', [60])],
      2,
      100,
      ['^a0 | ^b0'],
    ],
    ['a block taller than a column gets a column to itself', items('a', [20, 500, 20]), 3, 100, ['^a0 | ~a1 | ~a2']],
    ['nothing: one empty page', [], 2, 100, ['']],
  ])('%s', (_name, list, columns, height, expected) => {
    expect(show(packPages({ items: list, headers, columns, height, gap: 5 }))).toEqual(expected);
  });

  it('never puts a block below the column’s height unless it is alone in its column', () => {
    const list = items(
      'a',
      Array.from({ length: 50 }, (_, i) => 15 + ((i * 37) % 40)),
    );
    const pages = packPages({ items: list, headers, columns: 3, height: 200, gap: 4 });
    const height = new Map(list.map((x) => [x.key, x.height]));
    for (const column of pages.flat()) {
      const used = column.reduce((n, e, i) => n + (i ? 4 : 0) + height.get(e.key)! + (e.header ? 14 : 0), 0);
      expect(used <= 200 || column.length === 1).toBe(true);
    }
    expect(pages.flat(2).map((e) => e.key)).toEqual(list.map((x) => x.key));
  });
});
