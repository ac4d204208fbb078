/**
 * Report-back on the room screen: the group the facilitator is on, its name and rapporteur, its
 * top points large, each with how many people of other groups gave it a +1; below, where this
 * group stands among the others. Long points are paged like notes, never cut.
 */
import type { Breakout, BreakoutPoint } from '../../../../shared/breakouts.ts';
import { groupName } from '../../features/breakout-screens/group-name.ts';
import { PlusOnes } from '../../features/breakout-screens/PlusOnes.tsx';
import { reportedGroup } from '../../features/breakout-screens/reported-group.ts';
import { FlowPager, type FlowItem } from '../../features/paging/FlowPager.tsx';
import { rapporteurLine } from '../../features/breakout-screens/rapporteur.ts';
import { useT } from '../../i18n/t.ts';
import './breakouts.css';

function Point({ point }: { point: BreakoutPoint }) {
  return (
    <article className="pnote bpoint" data-testid="breakout-point" data-note-id={point.noteId}>
      <p className="pnote-text">{point.text}</p>
      <PlusOnes count={point.plusOnes} className="bpoint-plus" />
    </article>
  );
}

export function BreakoutReport({ breakout }: { breakout: Breakout }) {
  const t = useT();
  const reported = reportedGroup(breakout);
  if (!reported) return null;
  const { index, group, points } = reported;
  const items: FlowItem[] = points.map((p) => ({ key: p.noteId, section: 'points', node: <Point point={p} /> }));
  return (
    <section className="pboard breport" data-testid="breakout-report" data-group-id={group.id}>
      <header className="breport-header">
        <p className="breport-step">{t('groupwork.reportBack', { index: index + 1, count: breakout.groups.length })}</p>
        <h2 className="breport-name">{groupName(t, group)}</h2>
        <p className="breport-rapporteur" data-testid="breakout-rapporteur">
          {rapporteurLine(t, group)}
        </p>
      </header>
      {points.length === 0 ? (
        <p className="muted">{t('groupwork.noPoints')}</p>
      ) : (
        <FlowPager
          items={items}
          sections={[{ id: 'points', title: '' }]}
          minColumnEm={18}
          maxColumns={points.length > 2 ? 2 : 1}
          testId="points-pager"
        />
      )}
      <ol className="breport-groups" aria-label={t('groupwork.working', { count: breakout.groups.length })}>
        {breakout.groups.map((g, i) => (
          <li key={g.id} aria-current={i === index ? 'step' : undefined}>
            {groupName(t, g)}
          </li>
        ))}
      </ol>
    </section>
  );
}
