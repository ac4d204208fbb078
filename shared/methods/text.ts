/** The words of a method in one language: what the library shows, and what the room reads. */
import type { MethodId } from './library.ts';

export interface MethodText {
  name: string;
  /** How it works, in a sentence or two, for the facilitator choosing it. */
  summary: string;
  /** Per board key of the blueprint: its title, prompt and columns. */
  boards: Record<string, { title: string; prompt: string; columns: string[] }>;
  /** Per step key of the blueprint: the activity's title and the prompt the room sees. */
  steps: Record<string, { title: string; prompt: string }>;
}

export type MethodTexts = Record<MethodId, MethodText>;
