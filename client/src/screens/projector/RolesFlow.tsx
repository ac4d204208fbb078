/**
 * The roles matrix on the room screen, one organisation at a time rather than as a table no
 * screen can hold: each organisation with its commitments by kind of contribution, paged.
 */
import { useContent } from '../../i18n/content.ts';
import { useBoardCommitments } from '../../features/board/use-board.ts';
import { GroupOrigin } from '../../features/breakout-screens/GroupOrigin.tsx';
import { FlowPager, type FlowItem } from '../../features/paging/FlowPager.tsx';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { formatDay } from '../../ui/time-format.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardHeading } from './BoardHeading.tsx';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function RolesFlow({ boardId }: { boardId: string }) {
  const t = useT();
  const tc = useContent();
  const locale = useLocale((s) => s.locale);
  const board = useWorkshop((s) => s.state?.boards[boardId] ?? null);
  const rows = useWorkshop((s) => s.state?.roleMatrices[boardId]?.organisations);
  const commitments = useBoardCommitments(boardId);
  if (!board) return null;
  const organisations = [
    ...(rows ?? []),
    ...commitments
      .map((c) => c.organisation)
      .filter((o, i, list) => !(rows ?? []).some((r) => same(r, o)) && list.indexOf(o) === i),
  ];
  const items: FlowItem[] = organisations.flatMap((org) => {
    const theirs = commitments
      .filter((c) => same(c.organisation, org))
      .sort((a, b) => board.columns.indexOf(a.kind) - board.columns.indexOf(b.kind) || a.createdAt - b.createdAt);
    if (theirs.length === 0)
      return [{ key: `none:${org}`, section: org, node: <p className="pnote-author">{t('roles.nothingYet')}</p> }];
    return theirs.map((c) => ({
      key: c.id,
      section: org,
      node: (
        <article className={`pcommitment pcommitment-${c.status}`} data-commitment={c.id} data-status={c.status}>
          <p className="pcommitment-kind">
            {tc(c.kind)} · {t(c.status === 'confirmed' ? 'roles.confirmed' : 'roles.proposed')}
          </p>
          <p className="pnote-text">{c.text}</p>
          {(c.contact || c.followUp) && (
            <p className="pnote-author">
              {c.contact}
              {c.contact && c.followUp && ' · '}
              {c.followUp && t('roles.followUpOn', { date: formatDay(c.followUp, locale) })}
            </p>
          )}
          {c.fromGroup && <GroupOrigin fromGroup={c.fromGroup} className="pnote-author" />}
        </article>
      ),
    }));
  });
  return (
    <section className="pboard" data-testid="roles-matrix">
      <BoardHeading title={tc(board.title)} prompt={tc(board.prompt)} />
      {organisations.length === 0 ? (
        <p className="muted">{t('roles.noRows')}</p>
      ) : (
        <FlowPager
          items={items}
          sections={organisations.map((o) => ({ id: o, title: o }))}
          minColumnEm={14}
          testId="roles-pager"
        />
      )}
    </section>
  );
}
