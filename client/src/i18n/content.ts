/**
 * Workshop content in the viewer's language: the template's titles, prompts and columns, where
 * the template provides them (the ILO one does in French and Spanish). Fetched for the language
 * in use; anything the template does not translate, or that a facilitator typed, shows as it is.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { fetchContent } from '../net/content.ts';
import { useLocale } from '../stores/locale.ts';

const useContentStore = create<{ key: string | null; texts: Record<string, string> }>(() => ({ key: null, texts: {} }));

/** Loads the current language's content for workshop `code` (nothing to load in English, the templates' own language). */
export function useTemplateContent(code: string | undefined): void {
  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    const key = code && locale !== 'en' ? `${code}/${locale}` : null;
    if (useContentStore.getState().key === key) return;
    if (!key || !code) return void useContentStore.setState({ key: null, texts: {} });
    let current = true;
    void fetchContent(location.origin, code, locale).then(
      (texts) => current && useContentStore.setState({ key, texts }),
    );
    return () => {
      current = false;
    };
  }, [code, locale]);
}

/** Translates a piece of workshop content, or gives it back as it is. */
export function useContent(): (text: string) => string {
  const texts = useContentStore((s) => s.texts);
  return (text) => texts[text] ?? text;
}
