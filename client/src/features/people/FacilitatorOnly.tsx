/**
 * The console for whoever the server says is a facilitator: the key holder, or a co-facilitator
 * on their participant token. Anyone else is told so plainly instead of a console that fails.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { RemovedNotice } from './RemovedNotice.tsx';

export function FacilitatorOnly({ code, children }: { code: string; children: ReactNode }) {
  const t = useT();
  const role = useConnection((s) => s.session?.role);
  const removed = useConnection((s) => s.removed);
  const participantScreen = `/w/${code}`;
  if (removed) return <RemovedNotice code={code} onRejoin={() => location.assign(participantScreen)} />;
  // Before the server has said who we are, the console shows what the replica already holds.
  if (role === undefined || role === 'facilitator') return children;
  return (
    <section className="card not-facilitator" role="alert" data-testid="not-facilitator">
      <p>{t('people.notFacilitator')}</p>
      <a href={participantScreen}>{t('people.toParticipant')}</a>
    </section>
  );
}
