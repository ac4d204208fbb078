/**
 * The room screen while groups work: the facilitator's message large, then one card per group
 * (its name, how many people, how many notes and by how many, how many commitments when it maps
 * roles). Counts only: what a group writes
 * stays with the group until report-back. The shared timer is the side column's countdown.
 */
import type { Breakout, BreakoutGroup } from '../../../../shared/breakouts.ts';
import { groupName } from '../../features/breakout-screens/group-name.ts';
import { groupWork, type GroupWork } from '../../features/breakout-screens/group-work.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardHeading } from './BoardHeading.tsx';
import { cardGrid } from './card-grid.ts';
import './breakouts.css';

function GroupCard({ group, work }: { group: BreakoutGroup; work: GroupWork }) {
  const t = useT();
  const commitments = group.commitments ?? 0;
  return (
    <article
      className={`bgroup${group.remote ? ' bgroup-remote' : ''}`}
      data-testid="breakout-group"
      data-group-id={group.id}
      data-notes={group.notes}
      data-commitments={commitments}
    >
      <h3 className="bgroup-name">{groupName(t, group)}</h3>
      <p className="bgroup-people">{t('groupwork.people', { count: group.memberIds.length })}</p>
      {work.notes && (
        <p className="bgroup-notes">
          {group.notes === 0 ? (
            t('groupwork.noNotes')
          ) : (
            <>
              <strong>{t('groupwork.notes', { count: group.notes })}</strong>{' '}
              {t('groupwork.writers', { count: group.writers })}
            </>
          )}
        </p>
      )}
      {work.commitments && (
        <p className="bgroup-notes">
          {commitments === 0 ? (
            t('roles.nothingYet')
          ) : (
            <strong>{t('follow.commitments', { count: commitments })}</strong>
          )}
        </p>
      )}
    </article>
  );
}

export function BreakoutOverview({ breakout }: { breakout: Breakout }) {
  const t = useT();
  const boards = useWorkshop((s) => s.state?.boards);
  const work = groupWork(breakout, boards);
  const { rows, columns } = cardGrid(breakout.groups.length);
  return (
    <section className="pboard bview" data-testid="breakout-overview" data-breakout-id={breakout.id}>
      <BoardHeading title={t('groupwork.working', { count: breakout.groups.length })} />
      {breakout.message && (
        <p className="bview-message" data-testid="breakout-message" aria-live="polite">
          <span className="visually-hidden">{t('groupwork.message')}: </span>
          {breakout.message.text}
        </p>
      )}
      <div
        className="bview-grid"
        data-rows={rows}
        style={{
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
        }}
      >
        {breakout.groups.map((g) => (
          <GroupCard key={g.id} group={g} work={work} />
        ))}
      </div>
    </section>
  );
}
