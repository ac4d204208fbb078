/** The interface language, chosen per device and remembered. */
import { create } from 'zustand';

export const LOCALES = ['en', 'fr', 'es', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

function initial(): Locale {
  try {
    const saved = localStorage.getItem('plenary:locale');
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  } catch {
    // no storage: fall back to the browser's language
  }
  const lang = navigator.language.slice(0, 2);
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

export const useLocale = create<{ locale: Locale }>(() => ({ locale: initial() }));

export function setLocale(locale: Locale): void {
  useLocale.setState({ locale });
  document.documentElement.lang = locale;
  try {
    localStorage.setItem('plenary:locale', locale);
  } catch {
    // the choice lasts for this page only
  }
}
