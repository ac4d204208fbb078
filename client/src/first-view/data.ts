/** Reads the first view's data out of the follow page, and a first clock offset from it. */
import { FIRST_VIEW_DATA_ID, type FirstViewData } from '../../../shared/first-view.ts';

export interface FirstView extends FirstViewData {
  /** Add to Date.now() for server time, until the clock is sampled. */
  clockOffsetMs: number;
}

/**
 * The page's first-view data, or null on a page without it. The server stamped `serverNow` while
 * answering: the middle of the request's round trip (by the page's own navigation timing) is the
 * best local estimate of that instant.
 */
export function readFirstView(doc: Document): FirstView | null {
  const text = doc.getElementById(FIRST_VIEW_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as FirstViewData;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const answeredAt =
      nav && nav.responseStart > 0 ? performance.timeOrigin + (nav.requestStart + nav.responseStart) / 2 : Date.now();
    return { ...data, clockOffsetMs: data.serverNow - answeredAt };
  } catch {
    return null;
  }
}
