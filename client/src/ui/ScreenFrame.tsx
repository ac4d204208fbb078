/** The frame every workshop screen shares: title, role, connection state and language. */
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/t.ts';
import { useT } from '../i18n/t.ts';
import { useConnection } from '../stores/connection.ts';
import { useRoom } from '../stores/workshop.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function ScreenFrame({ roleKey, className, children }: { roleKey: MessageKey; className: string; children: ReactNode }) {
  const t = useT();
  const room = useRoom();
  const refused = useConnection((s) => s.refused);
  return (
    <div className={`screen ${className}`}>
      <header className="screen-header">
        <h1 className="workshop-title" data-testid="workshop-title">
          {room?.meta.title ?? t('app.name')}
        </h1>
        <div className="screen-header-tools">
          <span className="role">{t(roleKey)}</span>
          <ConnectionBadge />
          <LanguageSwitch />
        </div>
      </header>
      {refused ? (
        <p role="alert" className="refused">
          {t(`conn.refused.${refused}` as MessageKey)}
        </p>
      ) : (
        <main className="screen-main">{children}</main>
      )}
    </div>
  );
}
