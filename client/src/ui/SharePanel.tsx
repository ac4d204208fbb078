/** Facilitator's sharing: the join link and code, the QR code, whether follow screens see names, and the projector in one click. */
import { followersSeeNames } from '../../../shared/follower-view.ts';
import { useT } from '../i18n/t.ts';
import { useRoom } from '../stores/workshop.ts';
import { CommandError } from './CommandError.tsx';
import { JoinCode } from './JoinCode.tsx';
import { useCommand } from './use-command.ts';
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
      <FollowerNames />
      <button type="button" onClick={() => openProjector(code)} data-testid="open-projector">
        {t('share.openProjector')}
      </button>
    </section>
  );
}

/** Whether follow screens (anyone with the follow link) are sent participants' names; organisations they always see. */
function FollowerNames() {
  const t = useT();
  const room = useRoom();
  const { run, refusal } = useCommand();
  if (!room) return null;
  return (
    <>
      <label className="share-option">
        <input
          type="checkbox"
          checked={followersSeeNames({ room })}
          onChange={(e) => void run((c) => c.agenda.display({ followerNames: e.target.checked }))}
          data-testid="follower-names"
        />{' '}
        {t('share.followerNames')}
      </label>
      <CommandError refusal={refusal} />
    </>
  );
}
