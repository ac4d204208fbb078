/**
 * The follow screen's first view as HTML, made on the server: the workshop, the live step, its
 * prompt and the countdown, in the same markup (and so the same styles) the app renders once it
 * has loaded. A phone on a slow link reads it as soon as the page itself arrives.
 */
import { countdownTone, formatRemaining } from '../../shared/countdown.ts';
import { FIRST_VIEW_COUNTDOWN, FIRST_VIEW_DATA_ID, type FirstViewData } from '../../shared/first-view.ts';
import type { PublicState } from '../../shared/model.ts';
import { dayFinished } from '../../shared/schedule.ts';
import { remainingAt } from '../../shared/timer.ts';
import { esc } from '../report/html-parts.ts';

/** The data the page carries for its script, as JSON that cannot close its `<script>` element. */
export function firstViewData(pub: PublicState, now: number): string {
  const data: FirstViewData = {
    serverNow: now,
    state: { room: pub.room, boards: pub.boards, actuals: pub.actuals },
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_VIEW_DATA_ID}">${json}</script>`;
}

/** The first view's markup; every text is escaped (titles and prompts are the facilitator's input). */
export function firstViewMarkup(pub: PublicState, now: number): string {
  const { room } = pub;
  const segment = room.agenda.segments.find((s) => s.id === room.live.segmentId) ?? null;
  const activity = segment?.activities.find((a) => a.id === room.live.activityId) ?? null;
  const live = segment && !dayFinished(room);
  const prompt = activity?.prompt || segment?.discussionPoints[0] || '';
  const remaining = remainingAt(room.timer, now);
  const tone = countdownTone(room.timer, remaining);
  const step = live
    ? `<div class="current-segment" data-testid="current-segment"><p class="current-segment-title" elementtiming="first-view-step">${esc(segment.title)}</p>${
        activity ? `<p class="current-activity">${esc(activity.title)}</p>` : ''
      }</div>`
    : '';
  return [
    `<div class="screen follow"><header class="screen-header"><h1 class="workshop-title" data-testid="workshop-title">${esc(room.meta.title)}</h1></header>`,
    `<main class="screen-main" id="main"><section class="now" data-testid="now">`,
    `<div aria-live="polite">${step}</div>`,
    `<div class="countdown countdown-small countdown-${tone}" role="timer" data-testid="countdown" data-tone="${tone}" ${FIRST_VIEW_COUNTDOWN}>`,
    `<span class="countdown-time" elementtiming="first-view-countdown">${formatRemaining(remaining)}</span></div>`,
    live && prompt ? `<p class="step-prompt" data-testid="step-prompt">${esc(prompt)}</p>` : '',
    `</section></main></div>`,
  ].join('');
}
