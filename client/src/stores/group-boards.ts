/** The breakout groups' notes and clusters this socket may see (its own group's; every group's to staff), from `breakout:boards`. */
import { create } from 'zustand';
import type { GroupBoards } from '../../../shared/protocol/breakouts.ts';

export const useGroupBoards = create<GroupBoards>(() => ({ notes: [], clusters: [] }));

export const setGroupBoards = (view: GroupBoards) => useGroupBoards.setState(view);
