/** Translation: a hook for components, with `{name}` placeholders filled from `vars`. */
import { useLocale, type Locale } from '../stores/locale.ts';
import { catalogs, type MessageKey } from './catalog.ts';

export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Translates outside React, for a given locale. */
export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}

/** The translate function for the current locale; re-renders when the locale changes. */
export function useT(): Translate {
  const locale = useLocale((s) => s.locale);
  return (key, vars) => translate(locale, key, vars);
}
