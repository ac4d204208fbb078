/** The follow screen's own facts: the low-data choice (kept on the device) and the counts a low-data replica brings. */
import { create } from 'zustand';
import type { NoteCounts } from '../../../shared/low-data.ts';

const KEY = 'plenary:lowData';

export interface FollowStore {
  /** No note text streams in: counts and the spotlight only. */
  lowData: boolean;
  /** Note counts per board from the low-data replica; null when the replica carries every note. */
  noteCounts: NoteCounts | null;
}

function saved(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export const useFollow = create<FollowStore>(() => ({ lowData: saved(), noteCounts: null }));

/** Turns low-data mode on or off for this device. */
export function setLowData(lowData: boolean): void {
  useFollow.setState({ lowData });
  try {
    localStorage.setItem(KEY, lowData ? '1' : '0');
  } catch {
    // the choice lasts for this page only
  }
}

export const setNoteCounts = (noteCounts: NoteCounts | null) => useFollow.setState({ noteCounts });
