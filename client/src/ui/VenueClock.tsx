/** The time now at the venue, with the viewer's own time alongside when their zone differs. */
import { useT } from '../i18n/t.ts';
import { useLocale } from '../stores/locale.ts';
import { useRoom } from '../stores/workshop.ts';
import { formatTime, sameClock } from './time-format.ts';
import { useServerNow } from './use-now.ts';

export function VenueClock() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const zone = useRoom()?.meta.timezone;
  const now = useServerNow(15_000);
  if (!zone) return null;
  const venue = formatTime(now, locale, zone);
  return (
    <p className="venue-clock" data-testid="venue-clock">
      <span>{t('clock.venue', { time: venue })}</span>
      {!sameClock(now, zone) && <span className="muted"> · {t('clock.yours', { time: formatTime(now, locale) })}</span>}
    </p>
  );
}
