/** Where the room is now and the time left, for the phone and follow screens; the step title is announced when it changes. */
import type { ReactNode } from 'react';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { Countdown } from '../features/timer/Countdown.tsx';

export function NowCard({ className, children }: { className: string; children: ReactNode }) {
  return (
    <section className={className}>
      <div aria-live="polite">
        <CurrentSegment />
      </div>
      <Countdown size="small" />
      {children}
    </section>
  );
}
