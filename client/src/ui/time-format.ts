/** Clock times in the viewer's locale, in their own time zone or in the venue's. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The browser's own regional variant of the interface language (en-GB for a British English browser), else the language. */
function regional(locale: string): string {
  return typeof navigator !== 'undefined' && navigator.language.startsWith(`${locale}-`) ? navigator.language : locale;
}

/** `HH:MM` (or the locale's equivalent) for `instant`, in `timeZone` or the viewer's zone. */
export function formatTime(instant: number, locale: string, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(regional(locale), {
      hour: '2-digit',
      minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format.format(instant);
}

/** Whether the viewer's zone shows the same clock time as `timeZone` at `instant`. */
export function sameClock(instant: number, timeZone: string): boolean {
  return formatTime(instant, 'en', timeZone) === formatTime(instant, 'en');
}

const days = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) in the viewer's language: `10 July 2018`, `10 juillet 2018`. */
export function formatDay(iso: string, locale: string): string {
  let format = days.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(regional(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    days.set(locale, format);
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return format.format(Date.UTC(y, m - 1, d));
}
