/** The list of a screen's keyboard shortcuts, opened with "?" or its button, closed with Escape. */
import { useMemo, useRef } from 'react';
import { useT } from '../i18n/t.ts';
import './help.css';
import { keyLabel, useShortcuts, type Shortcut } from './shortcuts.ts';

export function HelpOverlay({ shortcuts }: { shortcuts: Shortcut[] }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const toggle = () => {
    const d = dialog.current;
    if (d?.open) d.close();
    else d?.showModal();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `toggle` only reads a ref, so a new one each render changes nothing
  const all = useMemo<Shortcut[]>(
    () => [{ keys: ['?'], label: 'help.keyHelp', run: toggle }, ...shortcuts],
    [shortcuts],
  );
  useShortcuts(all);
  return (
    <>
      <button type="button" className="help-button" onClick={toggle} aria-haspopup="dialog" data-testid="help-button">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('help.open')}</span>
      </button>
      <dialog ref={dialog} className="help" aria-labelledby="help-heading" data-testid="help">
        <h2 id="help-heading">{t('help.open')}</h2>
        <dl className="help-keys">
          {[...all, { keys: ['Escape'], label: 'help.keyEscape' as const, run: toggle }].map((s) => (
            <div key={s.label}>
              <dt>
                {s.keys.map((k) => (
                  <kbd key={k}>{keyLabel(k)}</kbd>
                ))}
              </dt>
              <dd>{t(s.label)}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit">{t('help.close')}</button>
        </form>
      </dialog>
    </>
  );
}
