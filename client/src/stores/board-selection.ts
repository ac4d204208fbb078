/** The facilitator's selected notes, shared by the board (where they are picked) and the controls (which act on them). */
import { create } from 'zustand';
import type { NoteId } from '../../../shared/model.ts';

export const useSelection = create<{ selected: NoteId[] }>(() => ({ selected: [] }));

export function toggleSelected(id: NoteId): void {
  useSelection.setState((s) => ({
    selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id],
  }));
}

export const clearSelection = () => useSelection.setState({ selected: [] });
