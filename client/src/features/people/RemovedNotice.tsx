/** What a removed participant sees (or one who left): a plain statement, and a way back in under a new name. */
import { useEffect } from 'react';
import { useT } from '../../i18n/t.ts';
import { saveParticipantToken } from '../../net/identity.ts';

export function RemovedNotice({ code, left, onRejoin }: { code: string; left?: boolean; onRejoin: () => void }) {
  const t = useT();
  // The token matches nothing any more: forget it so a reload starts as a newcomer.
  useEffect(() => saveParticipantToken(code, null), [code]);
  return (
    <section className="card removed" role="alert" data-testid="removed">
      <p>{t(left ? 'deletion.left' : 'people.removed')}</p>
      <button type="button" onClick={onRejoin}>
        {t('people.rejoin')}
      </button>
    </section>
  );
}
