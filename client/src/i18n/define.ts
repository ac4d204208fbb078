/** One concern's messages in every language; the compiler checks each language has exactly the English keys. */
export interface Messages<K extends string> {
  en: Record<K, string>;
  fr: Record<K, string>;
  es: Record<K, string>;
  pt: Record<K, string>;
}

export function defineMessages<K extends string>(
  en: Record<K, string>,
  fr: NoInfer<Record<K, string>>,
  es: NoInfer<Record<K, string>>,
  pt: NoInfer<Record<K, string>>,
): Messages<K> {
  return { en, fr, es, pt };
}
