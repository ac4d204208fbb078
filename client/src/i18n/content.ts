/**
 * Workshop content in the viewer's language: the template's titles, prompts and columns, where
 * the template provides them (the ILO one does in French and Spanish). Fetched once per language;
 * a language switch waits for it as it waits for the catalog, so nothing flashes in English.
 * Anything the template does not translate, or that a facilitator typed, shows as it is.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { fetchContent } from '../net/content.ts';
import { useLocale } from '../stores/locale.ts';

interface ContentState {
  /** The workshop whose content is loaded, once a screen has named it. */
  code: string | null;
  /** Per language, English text → that language. */
  byLocale: Record<string, Record<string, string>>;
}

const useContentStore = create<ContentState>(() => ({ code: null, byLocale: {} }));
const NONE: Record<string, string> = {};

/** Loads `locale`'s content for the screen's workshop (English, the templates' own language, needs none). */
export async function loadContent(locale: string): Promise<void> {
  const { code, byLocale } = useContentStore.getState();
  if (!code || locale === 'en' || byLocale[locale]) return;
  const texts = await fetchContent(location.origin, code, locale);
  if (useContentStore.getState().code === code)
    useContentStore.setState((s) => ({ byLocale: { ...s.byLocale, [locale]: texts } }));
}

/** Names the screen's workshop and loads the current language's content for it. */
export function useTemplateContent(code: string | undefined): void {
  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    if (!code) return;
    if (useContentStore.getState().code !== code) useContentStore.setState({ code, byLocale: {} });
    void loadContent(locale);
  }, [code, locale]);
}

/** Translates a piece of workshop content, or gives it back as it is. */
export function useContent(): (text: string) => string {
  const locale = useLocale((s) => s.locale);
  const texts = useContentStore((s) => s.byLocale[locale] ?? NONE);
  return (text) => texts[text] ?? text;
}
