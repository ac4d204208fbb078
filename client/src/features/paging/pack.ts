/**
 * Laying measured blocks out into pages of columns, the way a newspaper flows: down a column,
 * then the next, then the next page. A section's title heads its first block and is repeated,
 * marked continued, at the top of any column the section carries on into. Pure, so it is tested
 * without a browser.
 */

export interface PackItem {
  key: string;
  section: string;
  /** Rendered height in px. */
  height: number;
}

export interface HeaderHeights {
  start: number;
  continued: number;
}

export interface PackInput {
  items: readonly PackItem[];
  /** Each section's title height, as it first appears and as repeated. */
  headers: Readonly<Record<string, HeaderHeights>>;
  columns: number;
  /** Height a column may fill, px. */
  height: number;
  /** Space between blocks, px. */
  gap: number;
}

export interface PackedEntry {
  key: string;
  /** The section title to draw above this block, if any. */
  header: 'start' | 'continued' | null;
}

/** One page: its columns, each a list of blocks. */
export type PackedPage = PackedEntry[][];

/** Pages of at most `columns` columns; a block taller than a column gets a column to itself. */
export function packPages({ items, headers, columns, height, gap }: PackInput): PackedPage[] {
  const pages: PackedPage[] = [];
  let page: PackedPage = [[]];
  let used = 0;
  let section: string | null = null;
  const headerHeight = (s: string, kind: 'start' | 'continued') => (headers[s]?.[kind] ?? 0) + gap;
  for (const item of items) {
    let column = page[page.length - 1]!;
    let header: PackedEntry['header'] = item.section !== section ? 'start' : column.length === 0 ? 'continued' : null;
    let need = (column.length ? gap : 0) + item.height + (header ? headerHeight(item.section, header) : 0);
    if (used + need > height && column.length > 0) {
      if (page.length === columns) {
        pages.push(page);
        page = [[]];
      } else page.push([]);
      column = page[page.length - 1]!;
      header = item.section !== section ? 'start' : 'continued';
      need = item.height + headerHeight(item.section, header);
      used = 0;
    }
    column.push({ key: item.key, header });
    used += need;
    section = item.section;
  }
  if (page.some((c) => c.length > 0) || pages.length === 0) pages.push(page);
  return pages;
}
