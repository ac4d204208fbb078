/**
 * Turns the room screen's pages: every `seconds` (12 by default, `?pageSeconds=N` to change it,
 * 0 to turn only by key), with → / PageDown forward and ← / PageUp back, and from the first page
 * whenever the room moves to another step.
 */
import { useEffect } from 'react';
import { firstPages, turnPages } from './paging-store.ts';

const DEFAULT_SECONDS = 12;

/** The page time the URL asks for, else the default. */
export function pageSeconds(search: string): number {
  const raw = new URLSearchParams(search).get('pageSeconds');
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_SECONDS;
}

export function usePageClock(stepKey: string): void {
  useEffect(() => {
    const seconds = pageSeconds(location.search);
    const timer = seconds > 0 ? setInterval(() => turnPages(1), seconds * 1000) : null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown') turnPages(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') turnPages(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      if (timer) clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step, whatever it is, starts on page one
  useEffect(() => firstPages(), [stepKey]);
}
