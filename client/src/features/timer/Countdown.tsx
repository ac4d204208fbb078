/**
 * The big countdown: what is left by this device's corrected clock, amber near the end, red and
 * negative once over. Puts the time in the tab title; chimes at zero when `sound` is on (the
 * projector), which is off by default everywhere else.
 */
import { dayFinished } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { useEndChime } from './chime.ts';
import { formatRemaining } from '../../../../shared/countdown.ts';
import { useTabTitle } from './tab-title.ts';
import { useCountdown } from './use-countdown.ts';
import './timer.css';

export interface CountdownProps {
  sound?: boolean;
  /** Show the remaining time in the tab title (on by default). */
  tabTitle?: boolean;
  size?: 'big' | 'small';
}

export function Countdown({ sound = false, tabTitle = true, size = 'big' }: CountdownProps) {
  const t = useT();
  const { timer, remainingMs, tone } = useCountdown();
  const room = useRoom();
  const text = formatRemaining(remainingMs);
  useTabTitle(tabTitle && timer && timer.status !== 'idle' ? text : null);
  useEndChime(sound, timer, remainingMs);
  // Once the day is finished there is nothing to count down: the screens say the day has ended.
  if (!timer || !room || dayFinished(room)) return null;
  const label =
    tone === 'over'
      ? t('timer.over')
      : tone === 'paused'
        ? t('timer.paused')
        : tone === 'idle'
          ? t('timer.idle')
          : null;
  return (
    <div
      className={`countdown countdown-${size} countdown-${tone}`}
      role="timer"
      data-testid="countdown"
      data-tone={tone}
      data-remaining-ms={Math.round(remainingMs)}
      // The room screen sizes the digits by how many there are, so an hour-long countdown fits too.
      style={{ '--chars': text.length } as React.CSSProperties}
    >
      <span className="countdown-time">{text}</span>
      {label && <span className="countdown-label">{label}</span>}
    </div>
  );
}
