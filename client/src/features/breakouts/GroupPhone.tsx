/**
 * The participant's screen while groups work (a lazy chunk: the phone route loads it only when a
 * breakout runs): their group and its boards, or "waiting to be placed"; at report-back the other
 * groups' points to +1.
 */
import { useT } from '../../i18n/t.ts';
import { useLiveBreakout } from '../breakout-screens/use-live-breakout.ts';
import { GroupBoard } from './GroupBoard.tsx';
import { GroupHeader } from './GroupHeader.tsx';
import { MessageBanner } from './MessageBanner.tsx';
import { ReportPoints } from './ReportPoints.tsx';
import { TablePicker } from './TablePicker.tsx';
import { useMyGroup } from './use-my-group.ts';
import './breakouts.css';

export default function GroupPhone() {
  const t = useT();
  const b = useLiveBreakout();
  const mine = useMyGroup(b);
  if (!b) return null;
  const table = b.plan.rule === 'table' && b.status === 'running' && <TablePicker />;
  return (
    <>
      <MessageBanner message={b.message} />
      {b.status === 'reporting' && <ReportPoints breakout={b} mine={mine.group?.id ?? null} />}
      {mine.group ? (
        <section className="card my-group" aria-label={t('breakouts.yourGroup')} data-testid="my-group">
          <GroupHeader group={mine.group} me={mine.me} rapporteur={mine.rapporteur} />
          {table}
          <GroupBoard breakout={b} group={mine.group} rapporteur={mine.rapporteur} />
        </section>
      ) : (
        <section className="card my-group" data-testid="group-waiting">
          <h2>{t('breakouts.waiting')}</h2>
          {table}
        </section>
      )}
    </>
  );
}
