/** The report's board sections: notes by group with their dots, and the roles matrix with its commitments. */
import type { Board, Note, PublicState } from '../../shared/model.ts';
import type { PrivateState } from './state.ts';
import { boardOrder } from './report-agenda.ts';
import type { ReportBoard, ReportGroup, ReportNote, ReportRoles, ReportSource } from './report-model.ts';
import { clusterGroupTitle, commitmentGroupTitle, groupTitleOf } from './report-group-names.ts';
import type { NoteProvenance } from '../../shared/breakouts.ts';
import { ownEntry } from '../../shared/ids.ts';
import { noReactions, noteReactionKey } from '../../shared/reactions.ts';
import { isAnonymousNote } from '../../shared/anonymity.ts';

/** A merged note's sources, each by the name its group had on screen. */
const sourcesOf = (pub: PublicState, p: NoteProvenance): ReportSource[] =>
  p.sources.map((x) => ({ group: groupTitleOf(pub, p.breakoutId, x.groupId, x.groupName), text: x.text }));

function reportNote(pub: PublicState, note: Note, results: Record<string, number> | null): ReportNote {
  return {
    id: note.id,
    text: note.text,
    column: note.column,
    author: note.authorName,
    organisation: note.organisation,
    ...(isAnonymousNote(note) ? { anonymous: true as const } : {}),
    votes: results ? (results[note.id] ?? 0) : null,
    reactions: ownEntry(pub.reactions, noteReactionKey(note.id))?.counts ?? noReactions(),
    ...(note.provenance ? { from: sourcesOf(pub, note.provenance) } : {}),
  };
}

const byVotesThenAge = (a: { n: Note; r: ReportNote }, b: { n: Note; r: ReportNote }) =>
  (b.r.votes ?? 0) - (a.r.votes ?? 0) || a.n.createdAt - b.n.createdAt;

/** Groups in the facilitator's order, then the notes in no group; within each, most dots first. */
function groupsOf(pub: PublicState, board: Board): ReportGroup[] {
  const round = ownEntry(pub.votes, board.id);
  const results = round?.status === 'closed' ? round.results : null;
  const notes = Object.values(pub.notes)
    .filter((n) => n.boardId === board.id)
    .map((n) => ({ n, r: reportNote(pub, n, results) }))
    .sort(byVotesThenAge);
  const groups = Object.values(pub.groups)
    .filter((g) => g.boardId === board.id)
    .sort((a, b) => a.order - b.order);
  const out: ReportGroup[] = groups.map((g) => ({
    title: g.title,
    ...(g.fromGroup ? { fromGroup: clusterGroupTitle(pub, g.id, g.fromGroup) } : {}),
    notes: notes.filter((x) => x.n.groupId === g.id).map((x) => x.r),
  }));
  const known = new Set(groups.map((g) => g.id));
  const loose = notes.filter((x) => x.n.groupId === null || !known.has(x.n.groupId)).map((x) => x.r);
  if (loose.length > 0) out.push({ title: null, notes: loose });
  return out;
}

/** One board's section: its dot vote, how many notes stayed held, and its shown notes by group. */
export function reportBoard(pub: PublicState, b: Board): ReportBoard {
  const round = ownEntry(pub.votes, b.id);
  return {
    id: b.id,
    title: b.title,
    prompt: b.prompt,
    vote: round ? { budget: round.budget, dotsCast: round.dotsCast, closed: round.status === 'closed' } : null,
    unrevealed: b.hiddenCount,
    groups: groupsOf(pub, b),
  };
}

/**
 * Every plenary board people write notes on (expectations have their own section), in agenda
 * order; breakout groups' copies are reported with their breakout (report-breakouts.ts).
 */
export function reportBoards(pub: PublicState): ReportBoard[] {
  return boardOrder(pub.room, Object.keys(pub.boards))
    .map((id) => ownEntry(pub.boards, id)!)
    .filter(
      (b) =>
        !b.copyOf &&
        (b.kind === 'notes' || (b.kind !== 'expectations' && Object.values(pub.notes).some((n) => n.boardId === b.id))),
    )
    .map((b) => reportBoard(pub, b));
}

/** A roles board: its columns, its rows, and the commitments by row then column, each merged one with its group. */
export function reportRolesBoard(pub: PublicState, contacts: PrivateState['contacts'], b: Board): ReportRoles {
  const organisations = ownEntry(pub.roleMatrices, b.id)?.organisations ?? [];
  const rank = (org: string) => organisations.indexOf(org) + 1 || organisations.length + 1;
  const commitments = Object.values(pub.commitments)
    .filter((c) => c.boardId === b.id)
    .sort(
      (x, y) =>
        rank(x.organisation) - rank(y.organisation) ||
        b.columns.indexOf(x.kind) - b.columns.indexOf(y.kind) ||
        x.createdAt - y.createdAt,
    )
    .map((c) => ({
      id: c.id,
      organisation: c.organisation,
      kind: c.kind,
      text: c.text,
      contact: c.contact,
      contactDetails: ownEntry(contacts, c.id)?.details ?? '',
      followUp: c.followUp,
      status: c.status,
      linked: c.linkedNoteIds.flatMap((id) => ownEntry(pub.notes, id)?.text ?? []),
      ...(c.fromGroup ? { fromGroup: commitmentGroupTitle(pub, c.id, c.fromGroup) } : {}),
    }));
  return { id: b.id, title: b.title, columns: b.columns, organisations, commitments };
}

/** Each plenary roles board, in agenda order; breakout groups' copies are reported with their breakout. */
export function reportRoles(pub: PublicState, contacts: PrivateState['contacts']): ReportRoles[] {
  return boardOrder(pub.room, Object.keys(pub.boards))
    .map((id) => ownEntry(pub.boards, id)!)
    .filter((b) => b.kind === 'roles' && !b.copyOf)
    .map((b) => reportRolesBoard(pub, contacts, b));
}
