/**
 * What the follow page carries inline for its first view: the room as the server had it when it
 * sent the page, so the step, its prompt and the countdown show before any script or socket.
 */
import type { PublicState } from './model.ts';

/** The collections the first view reads; the rest arrive with the replica. */
export type FirstViewState = Pick<PublicState, 'room' | 'boards' | 'actuals'>;

export interface FirstViewData {
  /** Server time when the page was made, for a first clock offset before any sample. */
  serverNow: number;
  state: FirstViewState;
}

/** Id of the `<script type="application/json">` holding the data (data, never run). */
export const FIRST_VIEW_DATA_ID = 'plenary-first-view';
/** Marks the server-rendered countdown, which the first-view script keeps ticking. */
export const FIRST_VIEW_COUNTDOWN = 'data-first-view-countdown';
