/**
 * The report's breakouts: each group's own boards, its rapporteur and the points it brought back.
 * The groups' notes and commitments live in private state while groups run (breakout-lens.ts);
 * the report, read by the facilitator only, puts them back. Held notes stay out: they are only counted.
 */
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';
import { ownEntry } from '../../shared/ids.ts';
import type { PublicState } from '../../shared/model.ts';
import { withGroupBoards } from './breakout-lens.ts';
import { reportBoard, reportRolesBoard } from './report-boards.ts';
import { groupTitle } from './report-group-names.ts';
import type { ReportBreakout, ReportBreakoutGroup, ReportPoint } from './report-model.ts';
import type { WorkshopState } from './state.ts';

/** The points published at report-back; before it, the rapporteur's picks so far (no +1 yet). */
function pointsOf(pub: PublicState, b: Breakout, g: BreakoutGroup): ReportPoint[] {
  const published = b.points.filter((p) => p.groupId === g.id);
  if (published.length > 0) return published.map((p) => ({ text: p.text, plusOnes: p.plusOnes }));
  return g.topNoteIds.flatMap((id) => {
    const note = ownEntry(pub.notes, id);
    return note ? [{ text: note.text, plusOnes: 0 }] : [];
  });
}

/** The rapporteur by name; the participants' list answers for a state kept before names were in the breakout. */
function rapporteurOf(s: WorkshopState, g: BreakoutGroup): string | null {
  if (g.rapporteurId === null) return null;
  return g.rapporteurName || ownEntry(s.priv.participants, g.rapporteurId)?.name || null;
}

function reportGroup(s: WorkshopState, pub: PublicState, b: Breakout, g: BreakoutGroup): ReportBreakoutGroup {
  const copies = b.boardIds.flatMap((id) => ownEntry(pub.boards, copyBoardId(id, g.id)) ?? []);
  return {
    id: g.id,
    name: groupTitle(g),
    remote: g.remote,
    table: g.table,
    members: g.memberIds.length,
    rapporteur: rapporteurOf(s, g),
    boards: copies.filter((c) => c.kind !== 'roles').map((c) => reportBoard(pub, c)),
    roles: copies.filter((c) => c.kind === 'roles').map((c) => reportRolesBoard(pub, s.priv.contacts, c)),
    points: pointsOf(pub, b, g),
  };
}

/** Every breakout of the day, oldest first. */
export function reportBreakouts(s: WorkshopState): ReportBreakout[] {
  const { pub } = withGroupBoards(s);
  return Object.values(pub.breakouts)
    .sort((x, y) => x.startedAt - y.startedAt || x.id.localeCompare(y.id))
    .map((b) => ({
      id: b.id,
      status: b.status,
      boards: b.boardIds.map((id) => ownEntry(pub.boards, id)?.title ?? id),
      groups: b.groups.map((g) => reportGroup(s, pub, b, g)),
    }));
}
