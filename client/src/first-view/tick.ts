/**
 * The follow page's first script, a few hundred bytes: keeps the server-rendered countdown
 * ticking (time left, its tone) until the app replaces the first view with its own.
 */
import { countdownTone, formatRemaining } from '../../../shared/countdown.ts';
import { FIRST_VIEW_COUNTDOWN } from '../../../shared/first-view.ts';
import { remainingAt } from '../../../shared/timer.ts';
import { readFirstView } from './data.ts';

const view = readFirstView(document);
const countdown = document.querySelector<HTMLElement>(`[${FIRST_VIEW_COUNTDOWN}]`);
const time = countdown?.querySelector('.countdown-time');
if (view && countdown && time && view.state.room.timer.status === 'running') {
  const { timer } = view.state.room;
  const tick = () => {
    // The app has rendered its own countdown in place of this one.
    if (!countdown.isConnected) return clearInterval(id);
    const remaining = remainingAt(timer, Date.now() + view.clockOffsetMs);
    const tone = countdownTone(timer, remaining);
    time.textContent = formatRemaining(remaining);
    countdown.dataset.tone = tone;
    countdown.className = `countdown countdown-small countdown-${tone}`;
  };
  const id = setInterval(tick, 250);
  tick();
}
