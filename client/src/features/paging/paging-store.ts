/**
 * The room screen's page clock: one tick shared by every pager, so the screen turns its pages
 * together. Ticks come from a timer at a readable pace, or from the keyboard (→ and ←).
 */
import { create } from 'zustand';

export const usePaging = create<{ tick: number }>(() => ({ tick: 0 }));

/** Turns every pager forward (or back) by `by` pages. */
export const turnPages = (by: number) => usePaging.setState((s) => ({ tick: Math.max(0, s.tick + by) }));

/** Back to every pager's first page: a new step starts at its beginning. */
export const firstPages = () => usePaging.setState({ tick: 0 });
