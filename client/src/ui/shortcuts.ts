/** Single-key shortcuts for a screen; ignored while typing in a field or with a modifier held. */
import { useEffect } from 'react';
import type { MessageKey } from '../i18n/t.ts';

export interface Shortcut {
  /** `KeyboardEvent.key` values that trigger it, e.g. `['n', 'ArrowRight']`. */
  keys: string[];
  /** What it does, for the help overlay. */
  label: MessageKey;
  run: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Listens on the document for the given shortcuts while the component is mounted. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const hit = shortcuts.find((s) => s.keys.includes(e.key));
      if (!hit) return;
      e.preventDefault();
      hit.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}

/** How a key is written in the help list. */
export function keyLabel(key: string): string {
  return key === ' ' ? 'Space' : key;
}
