/** Switches the interface language on any screen. */
import { loadContent } from '../i18n/content.ts';
import { switchLocale, useT } from '../i18n/t.ts';
import { LOCALES, useLocale, type Locale } from '../stores/locale.ts';

const NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español', pt: 'Português' };

/** The workshop's own words in that language arrive before the switch, as its messages do. */
async function choose(locale: Locale): Promise<void> {
  await loadContent(locale);
  await switchLocale(locale);
}

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  return (
    <label className="lang">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select value={locale} onChange={(e) => void choose(e.target.value as Locale)} data-testid="language">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
