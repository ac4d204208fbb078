/** Facilitator's sharing: the join link and code, the QR code, and the projector in one click. */
import { useT } from '../i18n/t.ts';
import { JoinCode, joinUrl } from './JoinCode.tsx';

/** Opens (or brings back) the projector screen in its own window. */
export function openProjector(code: string): void {
  window.open(`/w/${code}/screen`, `plenary-screen-${code}`);
}

export function SharePanel({ code }: { code: string }) {
  const t = useT();
  const follow = `${location.origin}/w/${code}/follow`;
  return (
    <section aria-labelledby="share-heading" className="panel share">
      <h2 id="share-heading">{t('share.title')}</h2>
      <JoinCode code={code} />
      <dl className="share-links">
        <dt>{t('share.link')}</dt>
        <dd>
          <a href={joinUrl(code)} data-testid="join-link">
            {joinUrl(code)}
          </a>
        </dd>
        <dt>{t('share.follow')}</dt>
        <dd>
          <a href={follow}>{follow}</a>
        </dd>
      </dl>
      <button type="button" onClick={() => openProjector(code)} data-testid="open-projector">
        {t('share.openProjector')}
      </button>
    </section>
  );
}
