/**
 * The facilitator's breakout panel on the console: "Start groups" on a step with note boards (or
 * a roles board, where the step offers group work); while groups run, every group at once with
 * the message, report-back and merge controls.
 */
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { currentStep } from '../agenda/current-step.ts';
import { useLiveBreakout } from '../breakout-screens/use-live-breakout.ts';
import { GroupsGrid } from './GroupsGrid.tsx';
import { MergeControls } from './MergeControls.tsx';
import { MessageControls } from './MessageControls.tsx';
import { ReportControls } from './ReportControls.tsx';
import { StartGroups } from './StartGroups.tsx';
import { boardsForGroups } from './group-rules.ts';
import './breakouts.css';

const NONE: BoardId[] = [];

export function GroupsConsole() {
  const t = useT();
  const b = useLiveBreakout();
  const room = useWorkshop((s) => s.state?.room ?? null);
  const boards = useWorkshop((s) => s.state?.boards);
  if (b)
    return (
      <section className="groups-console" aria-label={t('breakouts.groups')} data-testid="groups-console">
        <MessageControls message={b.message} />
        <ReportControls breakout={b} />
        <GroupsGrid breakout={b} />
        <MergeControls breakout={b} />
      </section>
    );
  if (!room) return null;
  const { segment, activity } = currentStep(room.agenda, room.live);
  const offered = (activity ?? segment)?.config.groups;
  const boardIds = boardsForGroups(room.activeBoardIds ?? NONE, boards ?? {}, offered !== undefined);
  if (boardIds.length === 0) return null;
  return <StartGroups key={activity?.id ?? segment?.id} boardIds={boardIds} planned={offered ?? null} />;
}
