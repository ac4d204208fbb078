/** The frame every workshop screen shares: title, role, clocks, connection state, language. */
import { useContent, useTemplateContent } from '../i18n/content.ts';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/t.ts';
import { useT } from '../i18n/t.ts';
import { useConnection } from '../stores/connection.ts';
import { useRoom } from '../stores/workshop.ts';
import { ConnectionBadge, OfflineBanner } from './ConnectionBadge.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { VenueClock } from './VenueClock.tsx';

export interface ScreenFrameProps {
  roleKey: MessageKey;
  className: string;
  children: ReactNode;
  /** Extra header tools, e.g. the help overlay of a screen with shortcuts (the follow screen has none to download). */
  tools?: ReactNode;
}

export function ScreenFrame({ roleKey, className, children, tools }: ScreenFrameProps) {
  const t = useT();
  const room = useRoom();
  const refused = useConnection((s) => s.refused);
  const tc = useContent();
  useTemplateContent(room?.meta.code);
  return (
    <div className={`screen ${className}`}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="screen-header">
        <h1 className="workshop-title" data-testid="workshop-title">
          {room ? tc(room.meta.title) : t('app.name')}
        </h1>
        <div className="screen-header-tools">
          <span className="role">{t(roleKey)}</span>
          <VenueClock />
          <ConnectionBadge />
          <LanguageSwitch />
          {tools}
        </div>
      </header>
      <OfflineBanner />
      {refused ? (
        <p role="alert" className="refused">
          {t(`conn.refused.${refused}` as MessageKey)}
        </p>
      ) : (
        <main className="screen-main" id="main" tabIndex={-1}>
          {children}
        </main>
      )}
    </div>
  );
}
