/**
 * Roles boards in breakout groups, run the way the hub runs commands: each group's copy of the
 * roles board with its members' organisations as rows, commitments kept out of the shared state
 * and proposed only in one's own group, counted for the overview, and merged into the plenary
 * matrix with provenance, links and contact details; undo takes the merge back.
 */
import { describe, expect, it } from 'vitest';
import { mergeBreakout } from '../../server/domain/breakout-merge.ts';
import { assignBreakout, startBreakout } from '../../server/domain/breakouts.ts';
import { changeBoardMode, revealBoard, setBoardMode } from '../../server/domain/boards.ts';
import {
  confirmCommitment,
  editCommitment,
  proposeCommitment,
  removeCommitment,
} from '../../server/domain/commitments.ts';
import { addNote, deleteNote } from '../../server/domain/notes.ts';
import { setColumns } from '../../server/domain/roles.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import { undoLast } from '../../server/domain/undo.ts';
import { contactDetailsFor } from '../../server/realtime/private-facts.ts';
import { followerView } from '../../shared/follower-view.ts';
import { COMMITMENT_LIMITS } from '../../shared/limits.ts';
import type { Commitment } from '../../shared/model.ts';
import { CommitmentProposeInput } from '../../shared/schemas/roles.ts';
import { as, boardState, person, T0 } from '../helpers/board-state.ts';
import { answer, refused, run } from '../helpers/decide.ts';
import { C1, C2, G1, G2, R1, R2 } from '../helpers/breakout-fixtures.ts';

const PEOPLE = ['a1', 'a2', 'b1', 'b2'].map((id, i) => ({ ...person(id), organisation: `Org ${id[0]}`, joinedAt: i }));
const [A1, A2, B1] = PEOPLE as [Participant, Participant, Participant];
/** Joined after the groups started and placed in none. */
const LATE = { ...person('c1'), organisation: 'Org c', joinedAt: 9 };
const SECRET = 'Revolving fund for Bamako weavers';

/** Two balanced groups (g1 = a1+b1, g2 = a2+b2) on `boardIds`, and a late joiner in none. */
function started(boardIds = ['challenges', 'roles']): WorkshopState {
  const base = setBoardMode(boardState('open'), 'roles', 'open');
  const participants = Object.fromEntries(PEOPLE.map((p) => [p.id, p]));
  const plan = { count: 2, size: null, rule: 'balanced', remote: 'own' } as const;
  const s = run({ ...base, priv: { ...base.priv, participants } }, (x) =>
    startBreakout(x, { id: 'bk', boardIds, plan }, T0),
  );
  return { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, [LATE.id]: LATE } } };
}

const proposal = (id: string, boardId: string, over: Record<string, unknown> = {}) =>
  CommitmentProposeInput.parse({ id, boardId, kind: 'Finance', text: `${SECRET} ${id}`, contact: 'Ana', ...over });
const propose = (s: WorkshopState, who: Participant, id: string, boardId: string, over = {}) =>
  run(s, (x) => proposeCommitment(x, who, proposal(id, boardId, over), T0 + 5));
const note = (id: string, boardId: string) => ({ id, boardId, column: 'Markets and trade', text: `note ${id}` });

/** Each group writes a note and commits to it (group 1 with contact details); group 2 also holds a note. */
function written(): WorkshopState {
  let s = started();
  s = run(s, (x) => addNote(x, as(A1), note('n1', C1), T0 + 1));
  s = run(s, (x) => addNote(x, as(A2), note('n2', C2), T0 + 2));
  s = run(s, (x) => changeBoardMode(x, C2, 'private'));
  s = run(s, (x) => addNote(x, as(A2), note('h2', C2), T0 + 3));
  s = propose(s, A1, 'k1', R1, { linkedNoteIds: ['n1'], contactDetails: 'ana@example.org' });
  return propose(s, A2, 'k2', R2, { kind: 'Tools', linkedNoteIds: ['n2'] });
}

describe('roles boards in breakout groups', () => {
  it("gives each group a roles copy with the board's columns and its members' organisations as rows", () => {
    const s = started();
    expect(s.pub.room.activeBoardIds).toEqual([C1, R1, C2, R2]);
    expect(s.pub.boards[R1]).toMatchObject({
      kind: 'roles',
      columns: s.pub.boards.roles!.columns,
      copyOf: { breakoutId: 'bk', groupId: G1, sourceId: 'roles' },
    });
    expect(s.pub.roleMatrices[R1]).toEqual({ boardId: R1, organisations: ['Org a', 'Org b'] });
    expect(s.pub.roleMatrices[R2]).toEqual({ boardId: R2, organisations: ['Org a', 'Org b'] });
    expect(s.pub.roleMatrices.roles!.organisations).toEqual([]);
    expect(s.pub.boards.roles!.mode).toBe('locked');
    expect(started(['roles']).pub.room.activeBoardIds).toEqual([R1, R2]);
  });

  it("keeps a group's commitments out of the shared state and counts them, never their text, for the overview", () => {
    const s = written();
    expect(s.pub.commitments).toEqual({});
    expect(Object.keys(s.priv.groupCommitments).sort()).toEqual(['k1', 'k2']);
    expect(s.pub.breakouts.bk!.groups.map((g) => [g.notes, g.commitments])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    // A group proposing is not stuck: its newest commitment (T0 + 5) is newer than its notes.
    expect(s.pub.breakouts.bk!.groups.map((g) => g.lastNoteAt)).toEqual([T0 + 5, T0 + 5]);
    expect(started().pub.breakouts.bk!.groups.map((g) => g.lastNoteAt)).toEqual([null, null]);
    const hidden = { ...s.pub, room: { ...s.pub.room, display: { ...s.pub.room.display, followerNames: false } } };
    expect(followerView(hidden).breakouts.bk!.groups.map((g) => g.commitments)).toEqual([1, 1]);
    expect(JSON.stringify(s.pub)).not.toContain(SECRET);
  });

  it.each<[string, (s: WorkshopState) => ReturnType<typeof proposeCommitment>, string]>([
    ["on another group's copy", (x) => proposeCommitment(x, B1, proposal('k9', R2), T0), 'not_in_group'],
    ['by someone in no group', (x) => proposeCommitment(x, LATE, proposal('k9', R1), T0), 'not_in_group'],
    ['on the locked plenary board', (x) => proposeCommitment(x, A1, proposal('k9', 'roles'), T0), 'board_closed'],
    [
      "linking another group's note",
      (x) => proposeCommitment(x, A1, proposal('k9', R1, { linkedNoteIds: ['n2'] }), T0),
      'not_found',
    ],
    [
      'linking a held note',
      (x) => proposeCommitment(x, A2, proposal('k9', R2, { linkedNoteIds: ['h2'] }), T0),
      'not_found',
    ],
    ['a second time under one id', (x) => proposeCommitment(x, B1, proposal('k1', R1), T0), 'conflict'],
  ])('refuses a proposal %s, state unchanged', (_, decide, code) => {
    expect(refused(written(), decide)).toBe(code);
  });

  it("refuses staff linking a group's commitment to another group's note", () => {
    expect(refused(written(), (x) => editCommitment(x, { id: 'k1', linkedNoteIds: ['n2'] }, T0))).toBe('not_found');
  });

  it("adds a mover's organisation as a row when they propose, and keeps the rows they leave", () => {
    let s = run(started(), (x) => assignBreakout(x, { moves: [{ participantId: 'c1', groupId: G1 }] }));
    expect(s.pub.roleMatrices[R1]!.organisations).toEqual(['Org a', 'Org b']);
    s = propose(s, LATE, 'k3', R1);
    expect(s.pub.roleMatrices[R1]!.organisations).toEqual(['Org a', 'Org b', 'Org c']);
    expect(s.priv.groupCommitments.k3).toMatchObject({ organisation: 'Org c', boardId: R1, status: 'proposed' });
    s = run(s, (x) => assignBreakout(x, { moves: [{ participantId: 'c1', groupId: G2 }] }));
    expect(s.pub.roleMatrices[R1]!.organisations).toEqual(['Org a', 'Org b', 'Org c']);
    expect(refused(s, (x) => proposeCommitment(x, LATE, proposal('k4', R1), T0))).toBe('not_in_group');
  });

  it("lets staff confirm, edit and remove a group's commitments, still out of the shared state", () => {
    let s = run(written(), (x) => confirmCommitment(x, 'k1', T0 + 6));
    s = run(s, (x) => editCommitment(x, { id: 'k2', text: 'Shared catalogue' }, T0 + 7));
    expect(s.priv.groupCommitments.k1!.status).toBe('confirmed');
    expect(s.priv.groupCommitments.k2!.text).toBe('Shared catalogue');
    s = run(s, (x) => removeCommitment(x, 'k2', T0 + 8));
    expect(Object.keys(s.priv.groupCommitments)).toEqual(['k1']);
    expect(s.pub.commitments).toEqual({});
    expect(s.pub.breakouts.bk!.groups.map((g) => g.commitments)).toEqual([1, 0]);
  });

  it('holds nothing back on a roles copy in private mode: reveal does not apply to commitments', () => {
    let s = run(started(), (x) => changeBoardMode(x, R1, 'private'));
    s = propose(s, A1, 'k5', R1);
    expect(s.priv.groupCommitments.k5).toBeDefined();
    expect(s.priv.heldNotes).toEqual({});
    expect(answer(s, (x) => revealBoard(x, R1))).toEqual({ revealed: 0 });
  });

  it("counts group commitments in the proposer's limit", () => {
    const s = started();
    const own = (i: number): Commitment => ({
      ...proposal(`x${i}`, R1),
      organisation: 'Org a',
      contact: '',
      followUp: null,
      status: 'proposed',
      proposedBy: 'a1',
      linkedNoteIds: [],
      createdAt: T0,
      updatedAt: T0,
    });
    const many = Object.fromEntries(
      Array.from({ length: COMMITMENT_LIMITS.perParticipant }, (_, i) => [`x${i}`, own(i)]),
    );
    const full = { ...s, priv: { ...s.priv, groupCommitments: many } };
    expect(refused(full, (x) => proposeCommitment(x, A1, proposal('k9', R1), T0))).toBe('limit_reached');
  });

  it('tells the proposer the contact details of their own group proposal', () => {
    const s = written();
    expect(contactDetailsFor(s, 'participant', 'a1')).toEqual({ k1: 'ana@example.org' });
    expect(contactDetailsFor(s, 'participant', 'a2')).toEqual({});
  });

  it('merges every commitment into the plenary matrix with its group, merged links, row and contact details', () => {
    const s = written();
    expect(answer(s, (x) => mergeBreakout(x, [], T0 + 10))).toEqual({ notes: 2, clusters: 0, commitments: 2 });
    const merged = run(s, (x) => mergeBreakout(x, [], T0 + 10));
    expect(merged.pub.commitments['m-k1']).toEqual({
      ...s.priv.groupCommitments.k1,
      id: 'm-k1',
      boardId: 'roles',
      fromGroup: '1',
      linkedNoteIds: ['m-n1'],
      updatedAt: T0 + 10,
    });
    expect(merged.pub.commitments['m-k2']).toMatchObject({ fromGroup: '2', kind: 'Tools', linkedNoteIds: ['m-n2'] });
    expect(merged.pub.roleMatrices.roles!.organisations).toEqual(['Org a']);
    expect(merged.pub.breakouts.bk!.merged!.commitmentIds).toEqual(['m-k1', 'm-k2']);
    expect(merged.priv.contacts['m-k1']).toEqual({ commitmentId: 'm-k1', details: 'ana@example.org' });
    expect(contactDetailsFor(merged, 'participant', 'a1')).toEqual({
      k1: 'ana@example.org',
      'm-k1': 'ana@example.org',
    });
    expect(merged.priv.groupCommitments).toEqual(s.priv.groupCommitments);
    expect(merged.pub.boards[R1]!.mode).toBe('locked');
    // The mapping carries on in plenary on the same step; the notes board waits for the facilitator.
    expect(merged.pub.boards.roles!.mode).toBe('open');
    expect(merged.pub.boards.challenges!.mode).toBe('locked');
    const after = run(merged, (x) => proposeCommitment(x, B1, proposal('k3', 'roles'), T0 + 11));
    expect(after.pub.commitments.k3).toMatchObject({ boardId: 'roles', organisation: 'Org b' });
  });

  it('drops links to notes the merge leaves behind, and brings the kind the plenary board lost back as a column', () => {
    let s = run(written(), (x) => deleteNote(x, as(A2), 'n2', T0 + 6));
    s = run(s, (x) =>
      setColumns(
        x,
        'roles',
        x.pub.boards.roles!.columns.filter((c) => c !== 'Tools'),
      ),
    );
    const merged = run(s, (x) => mergeBreakout(x, [], T0 + 10));
    expect(merged.pub.commitments['m-k2']!.linkedNoteIds).toEqual([]);
    expect(merged.pub.boards.roles!.columns.at(-1)).toBe('Tools');
  });

  it('undo takes the merged commitments and their contact details back; merging twice is refused', () => {
    const before = written();
    let s = run(before, (x) => mergeBreakout(x, [], T0 + 10));
    expect(refused(s, (x) => mergeBreakout(x, [], T0 + 11))).toBe('already_merged');
    s = run(s, (x) => undoLast(x));
    expect(s.pub.commitments).toEqual({});
    expect(s.priv.groupCommitments).toEqual(before.priv.groupCommitments);
    expect(s.priv.contacts).toEqual(before.priv.contacts);
    expect(s.pub.breakouts.bk!.status).toBe('running');
    expect(Object.keys(run(s, (x) => mergeBreakout(x, [], T0 + 12)).pub.commitments).sort()).toEqual(['m-k1', 'm-k2']);
  });
});
