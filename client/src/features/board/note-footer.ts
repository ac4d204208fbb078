/**
 * What a screen adds under each of its note cards. The console puts where a merged note came from
 * there (features/breakout-screens/NoteOrigin.tsx); the phone puts nothing, so that code and its
 * words stay out of the phone's download (its route budget).
 */
import { createContext, type ComponentType } from 'react';
import type { Note } from '../../../../shared/model.ts';

export const NoteFooter = createContext<ComponentType<{ note: Note }> | null>(null);
