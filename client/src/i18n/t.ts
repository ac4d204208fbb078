/**
 * Translation: a hook for components, with `{name}` placeholders filled from `vars`. Each
 * language's catalog is its own chunk, loaded before a screen first renders or switches to it,
 * so a page downloads one language, not four.
 */
import { create } from 'zustand';
import { setLocale, useLocale, type Locale } from '../stores/locale.ts';
import type { MessageKey } from './catalog.ts';

export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
type Catalog = Record<MessageKey, string>;

type Loader = () => Promise<{ catalogs: Record<Locale, Catalog> }>;

/** `follow` and `participant` are those screens' trimmed catalogs; the console, projector and home load `all`. */
export type CatalogVariant = 'all' | 'follow' | 'participant';

const loaders: Record<CatalogVariant, Record<Locale, Loader>> = {
  all: {
    en: () => import('./locales/en.ts'),
    fr: () => import('./locales/fr.ts'),
    es: () => import('./locales/es.ts'),
    pt: () => import('./locales/pt.ts'),
  },
  follow: {
    en: () => import('./locales/follow-en.ts'),
    fr: () => import('./locales/follow-fr.ts'),
    es: () => import('./locales/follow-es.ts'),
    pt: () => import('./locales/follow-pt.ts'),
  },
  participant: {
    en: () => import('./locales/participant-en.ts'),
    fr: () => import('./locales/participant-fr.ts'),
    es: () => import('./locales/participant-es.ts'),
    pt: () => import('./locales/participant-pt.ts'),
  },
};
let variant: CatalogVariant = 'all';

/** Chooses which catalogs this page loads; called once, before the first `loadCatalog`. */
export function chooseCatalogVariant(v: CatalogVariant): void {
  variant = v;
}

const useCatalogs = create<Partial<Record<Locale, Catalog>>>(() => ({}));

/** Loads a language's catalog once. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (useCatalogs.getState()[locale]) return;
  const { catalogs } = await loaders[variant][locale]();
  useCatalogs.setState({ [locale]: catalogs[locale] });
}

/** Switches the interface language once its catalog is here, so no screen flashes raw keys. */
export async function switchLocale(locale: Locale): Promise<void> {
  await loadCatalog(locale);
  setLocale(locale);
}

function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** Our Portuguese is European (as Angola's and Mozambique's): 0 is plural there, singular in Brazil's rules, Intl's `pt`. */
const PLURAL_LOCALE: Partial<Record<Locale, string>> = { pt: 'pt-PT' };

/**
 * The message for `key`, or its `key.one` variant where the catalog has one and the language
 * calls `vars.count` singular (French counts 0 as singular, English does not).
 */
function message(
  catalog: Catalog | undefined,
  locale: Locale,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const count = vars?.count;
  const one = typeof count === 'number' ? catalog?.[`${key}.one` as MessageKey] : undefined;
  if (one !== undefined) {
    let rules = pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(PLURAL_LOCALE[locale] ?? locale);
      pluralRules.set(locale, rules);
    }
    if (rules.select(count as number) === 'one') return fill(one, vars);
  }
  return fill(catalog?.[key] ?? key, vars);
}

/** Translates outside React, for a language already loaded (the key itself otherwise). */
export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return message(useCatalogs.getState()[locale], locale, key, vars);
}

/** The translate function for the current locale; re-renders when the locale changes. */
export function useT(): Translate {
  const locale = useLocale((s) => s.locale);
  const catalog = useCatalogs((s) => s[locale]);
  return (key, vars) => message(catalog, locale, key, vars);
}
