/** The join code with its QR code and short link: what a room needs to get people in. */
import { useT } from '../i18n/t.ts';
import type { JoinLinks } from '../net/join-links.ts';
import './join-code.css';

export function JoinCode({ code, links }: { code: string; links: JoinLinks }) {
  const t = useT();
  return (
    <figure className="join-code" data-testid="join-code">
      {/* The server draws the QR code for the same venue address as `links.join`. */}
      <img className="qr" src={`/api/workshops/${code}/qr.svg`} alt={t('share.qr')} width={160} height={160} />
      <figcaption>
        <span className="join-scan">{t('share.scan')}</span>{' '}
        <span className="join-url" data-testid="join-url">
          {links.join.replace(/^https?:\/\//, '')}
        </span>
        <span className="join-code-value">
          {t('share.code')} <strong>{code}</strong>
        </span>
      </figcaption>
    </figure>
  );
}
