/** Who is here, as the server last announced it. */
import { create } from 'zustand';
import type { Presence } from '../../../shared/protocol/session.ts';

export const usePresence = create<{ presence: Presence | null }>(() => ({ presence: null }));

export const setPresence = (presence: Presence) => usePresence.setState({ presence });
