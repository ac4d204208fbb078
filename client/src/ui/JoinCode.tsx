/** The join code with its QR code and short link: what a room needs to get people in. */
import { useT } from '../i18n/t.ts';
import './join-code.css';

export function joinUrl(code: string): string {
  return `${location.origin}/w/${code}`;
}

export function JoinCode({ code }: { code: string }) {
  const t = useT();
  return (
    <figure className="join-code" data-testid="join-code">
      <img className="qr" src={`/api/workshops/${code}/qr.svg`} alt={t('share.qr')} width={160} height={160} />
      <figcaption>
        <span className="join-scan">{t('share.scan')}</span>{' '}
        <span className="join-url">{joinUrl(code).replace(/^https?:\/\//, '')}</span>
        <span className="join-code-value">
          {t('share.code')} <strong>{code}</strong>
        </span>
      </figcaption>
    </figure>
  );
}
