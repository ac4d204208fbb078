/**
 * Shows any number of blocks in the space it is given, never clipped: it measures every block
 * in a hidden copy at the column width, flows them into pages of columns (pack.ts), shows the
 * page the screen's page clock is on, and says which page of how many.
 */
import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/t.ts';
import { packPages, type HeaderHeights, type PackedPage } from './pack.ts';
import { usePaging } from './paging-store.ts';
import './paging.css';

export interface FlowItem {
  key: string;
  /** The section it belongs to (a group, a column, an organisation…). */
  section: string;
  node: ReactNode;
}

export interface FlowSection {
  id: string;
  title: ReactNode;
}

export interface FlowPagerProps {
  items: readonly FlowItem[];
  sections: readonly FlowSection[];
  /** Narrowest column, in em of the pager's font. */
  minColumnEm?: number;
  /** Widest column, in em: fewer, wider columns for big cards. */
  maxColumns?: number;
  testId?: string;
}

interface Layout {
  columns: number;
  width: number;
  pages: PackedPage[];
}

const GAP_EM = 0.5;
/** The smallest a block is drawn to fit a column, as a share of the pager's text size. */
const MIN_SCALE = 0.5;

export function FlowPager({ items, sections, minColumnEm = 12, maxColumns = 6, testId }: FlowPagerProps) {
  const t = useT();
  const area = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout>({ columns: 1, width: 0, pages: [[[]]] });
  const [, resized] = useState(0);
  const [scale, setScale] = useState<Record<string, number>>({});
  const tick = usePaging((s) => s.tick);

  useLayoutEffect(() => {
    const box = area.current;
    const copy = measure.current;
    if (!box || !copy) return;
    const em = Number.parseFloat(getComputedStyle(box).fontSize) || 16;
    const gap = GAP_EM * em;
    // Fractional sizes, less a hair: measuring a column a little narrower than it is drawn can
    // only overestimate heights, never let a line wrap on screen that did not wrap when measured.
    const { width: boxWidth, height: boxHeight } = box.getBoundingClientRect();
    const columns = Math.max(1, Math.min(maxColumns, Math.floor((boxWidth + gap) / (minColumnEm * em + gap))));
    const width = (boxWidth - gap * (columns - 1)) / columns - 1;
    copy.style.width = `${width}px`;
    const heightOf = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    const headers: Record<string, HeaderHeights> = {};
    for (const s of sections)
      headers[s.id] = {
        start: heightOf(copy.querySelector(`[data-h="${CSS.escape(s.id)}"][data-kind="start"]`)),
        continued: heightOf(copy.querySelector(`[data-h="${CSS.escape(s.id)}"][data-kind="continued"]`)),
      };
    const packed = items.map((it) => ({
      key: it.key,
      section: it.section,
      height: heightOf(copy.querySelector(`[data-k="${CSS.escape(it.key)}"]`)),
    }));
    const height = boxHeight - 1;
    // A block taller than a column (the longest note in a narrow one) is drawn smaller until it fits.
    const tall = packed.filter((p) => p.height + (headers[p.section]?.start ?? 0) + gap > height);
    if (tall.some((p) => (scale[p.key] ?? 1) > MIN_SCALE)) {
      const next = { ...scale };
      for (const p of tall) next[p.key] = Math.max(MIN_SCALE, (scale[p.key] ?? 1) * 0.85);
      return setScale(next);
    }
    const pages = packPages({ items: packed, headers, columns, height, gap });
    const next = { columns, width, pages };
    if (JSON.stringify(next) !== JSON.stringify(layout)) setLayout(next);
  });

  useLayoutEffect(() => {
    const box = area.current;
    if (!box) return;
    const observer = new ResizeObserver(() => resized((n) => n + 1));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const byKey = new Map(items.map((it) => [it.key, it]));
  const sized = (it: FlowItem) =>
    scale[it.key] ? <div style={{ fontSize: `${scale[it.key]}em` }}>{it.node}</div> : it.node;
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  const index = tick % layout.pages.length;
  const page = layout.pages[index] ?? [[]];
  // A pager of one untitled section (a list) has no headings to repeat.
  const heading = (id: string, continued: boolean) =>
    sectionOf.get(id)?.title ? (
      <h3 className={continued ? 'flow-section continued' : 'flow-section'}>
        {sectionOf.get(id)?.title}
        {continued && <span className="flow-continued"> {t('paging.continued')}</span>}
      </h3>
    ) : null;

  return (
    <div className="flow" data-testid={testId} data-pages={layout.pages.length} data-page={index + 1}>
      <div className="flow-area" ref={area}>
        <div className="flow-measure" ref={measure} aria-hidden="true" data-measure>
          {sections.map((s) => (
            <Fragment key={s.id}>
              <div data-h={s.id} data-kind="start">
                {heading(s.id, false)}
              </div>
              <div data-h={s.id} data-kind="continued">
                {heading(s.id, true)}
              </div>
            </Fragment>
          ))}
          {items.map((it) => (
            <div key={it.key} data-k={it.key}>
              {sized(it)}
            </div>
          ))}
        </div>
        <div className="flow-page" style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))` }}>
          {page.map((column, c) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a page's columns are positions, nothing else names them
            <div key={c} className="flow-column">
              {column.map((entry) => {
                const item = byKey.get(entry.key);
                if (!item) return null;
                return (
                  <Fragment key={entry.key}>
                    {entry.header && heading(item.section, entry.header === 'continued')}
                    {sized(item)}
                  </Fragment>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <p className="flow-indicator" data-testid="page-indicator">
        {layout.pages.length > 1 ? t('paging.page', { n: index + 1, total: layout.pages.length }) : ''}
      </p>
    </div>
  );
}
