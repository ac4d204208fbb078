/** Facilitator's sharing: the join link and code, the QR code, and the projector in one click. */
import { useT } from '../i18n/t.ts';
import { JoinCode } from './JoinCode.tsx';
import { useJoinLinks } from './use-join-links.ts';

/** Opens (or brings back) the projector screen in its own window. */
export function openProjector(code: string): void {
  window.open(`/w/${code}/screen`, `plenary-screen-${code}`);
}

export function SharePanel({ code }: { code: string }) {
  const t = useT();
  const links = useJoinLinks(code);
  return (
    <section aria-labelledby="share-heading" className="panel share">
      <h2 id="share-heading">{t('share.title')}</h2>
      {links.loopbackOnly && (
        <p className="share-warning" role="alert" data-testid="loopback-warning">
          {t('share.loopbackOnly')}
        </p>
      )}
      <JoinCode code={code} links={links} />
      <dl className="share-links">
        <dt>{t('share.link')}</dt>
        <dd>
          <a href={links.join} data-testid="join-link">
            {links.join}
          </a>
        </dd>
        <dt>{t('share.follow')}</dt>
        <dd>
          <a href={links.follow}>{links.follow}</a>
        </dd>
      </dl>
      <button type="button" onClick={() => openProjector(code)} data-testid="open-projector">
        {t('share.openProjector')}
      </button>
    </section>
  );
}
