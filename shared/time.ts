/** Venue clock times (`HH:MM` on the workshop date in its IANA zone) as instants, and back. */

/** Offset of `timeZone` from UTC at `instant`, in ms. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the venue's clock shows `time` on `date`. */
export function venueTimeToInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const first = naive - zoneOffsetMs(naive, timeZone);
  // A second pass settles instants near a daylight-saving change.
  return naive - zoneOffsetMs(first, timeZone);
}

/** Minutes from midnight for an `HH:MM` string. */
export function clockMinutes(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

/**
 * The latest clock time a plan may hold, in minutes: a day re-planned past midnight (an evening
 * rehearsal) writes the next morning as `24:00`–`47:59` on its own date.
 */
export const DAY_CLOCK_MAX = 48 * 60 - 1;

/** `HH:MM` for a plan's minutes from midnight, `24:00` and later for the next morning. */
export function formatPlanClock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `HH:MM` for minutes from midnight (wrapping past 24 h). */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
