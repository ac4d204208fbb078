/** A titled region of a screen: a section labelled by its heading, for landmarks and screen readers. */
import { useId, type ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n/t.ts';

export function Panel({
  title,
  className = '',
  children,
}: {
  title: MessageKey;
  className?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className={`panel ${className}`} aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {children}
    </section>
  );
}
