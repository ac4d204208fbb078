/** Puts the remaining time in front of the tab's title, so it shows in a background tab too. */
import { useEffect, useRef } from 'react';

export function useTabTitle(prefix: string | null): void {
  const base = useRef<string | null>(null);
  useEffect(() => {
    // Another countdown on the page may have prefixed the title already: keep the bare one.
    base.current ??= document.title.replace(/^−?[\d:]+ · /, '');
    document.title = prefix ? `${prefix} · ${base.current}` : base.current;
  }, [prefix]);
  useEffect(
    () => () => {
      if (base.current !== null) document.title = base.current;
    },
    [],
  );
}
