/**
 * Whether what a screen shows can be read: each text fully inside the window and every box
 * that clips it, over a whole paging cycle of the projector (pages advanced by key, not by time).
 */
import type { Page } from 'playwright-core';

export interface TextSighting {
  /** Texts fully visible on at least one page. */
  seen: Set<string>;
  /** Texts that were on screen but clipped on every page they appeared on, each with where it was cut. */
  clipped: string[];
  pages: number;
}

/** Every rendered text of the page, each with whether it is fully visible (in window, unclipped, not hidden). */
function textsOnScreen(page: Page): Promise<Array<{ text: string; visible: boolean; why?: string }>> {
  return page.evaluate(() => {
    const out: Array<{ text: string; visible: boolean; why?: string }> = [];
    const edges = (r: DOMRect) =>
      `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
    const clips = (el: Element): DOMRect[] => {
      const boxes: DOMRect[] = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') boxes.push(a.getBoundingClientRect());
      }
      return boxes;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (!text || !parent) continue;
      // Measuring copies, screen-reader-only text and closed parts are not on screen.
      if (
        parent.closest(
          '[data-measure], .visually-hidden, .skip-link, [hidden], script, style, option, details:not([open]) > :not(summary)',
        )
      )
        continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const boxes = clips(parent);
      // A glyph box runs from the font's ascent to its descent, past a tight line box: a quarter
      // of the font size is that, a line cut off is a whole line.
      const slack = Number.parseFloat(style.fontSize) / 4;
      const inside = (r: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
        r.left >= b.left - 1 && r.top >= b.top - slack && r.right <= b.right + 1 && r.bottom <= b.bottom + slack;
      const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      const bad = rects.find((r) => !(inside(r, viewport) && boxes.every((b) => inside(r, b))));
      const box = bad && boxes.find((b) => !inside(bad, b));
      out.push({
        text,
        visible: !bad,
        ...(bad ? { why: `${edges(bad)} outside ${box ? edges(box) : 'the window'}` } : {}),
      });
    }
    return out;
  });
}

/**
 * Walks the projector's whole paging cycle (as many pages as its longest pager, advanced with
 * the → key) and reports which texts were fully visible at least once and which never were.
 */
export async function readWholeCycle(page: Page): Promise<TextSighting> {
  const pages = await page.evaluate(() =>
    Math.max(1, ...[...document.querySelectorAll('[data-pages]')].map((el) => Number(el.getAttribute('data-pages')))),
  );
  const seen = new Set<string>();
  const shown = new Map<string, string>();
  for (let k = 0; k < pages; k++) {
    for (const { text, visible, why } of await textsOnScreen(page)) {
      if (visible) seen.add(text);
      else shown.set(text, `${text} (page ${k + 1}: ${why})`);
    }
    if (k < pages - 1) await nextPage(page);
  }
  await nextPage(page);
  return { seen, clipped: [...shown].filter(([t]) => !seen.has(t)).map(([, where]) => where), pages };
}

/** Advances every pager by one page and waits for the screen to have drawn it. */
export async function nextPage(page: Page): Promise<void> {
  const before = Number(await page.locator('[data-page-tick]').getAttribute('data-page-tick'));
  await page.keyboard.press('ArrowRight');
  await page.locator(`[data-page-tick="${before + 1}"]`).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Whether the element's box lies inside the window (for controls that must stay in view). */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  }, selector);
}

/** Titles of the board columns and groups matching `selector` that run past the side of a box that clips them. */
export function cutSideways(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      let cut = r.left < 0 || r.right > innerWidth + 1;
      for (let a = el.parentElement; a && !cut; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const b = a.getBoundingClientRect();
        cut = r.left < b.left - 1 || r.right > b.right + 1;
      }
      if (cut) out.push((el.querySelector('h3')?.textContent ?? '').trim());
    }
    return out;
  }, selector);
}
