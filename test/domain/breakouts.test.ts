/**
 * Breakouts as pure rules, run the way the hub runs commands (decideCommand, so the groups'
 * boards stay out of the shared part of the state): start, isolation of writing, refusals that
 * change nothing, late joiners, report-back, +1, and the merge with provenance and undo.
 */
import { describe, expect, it } from 'vitest';
import { mergeBreakout } from '../../server/domain/breakout-merge.ts';
import {
  moveGroupNotes,
  clusterGroupNotes,
  pickTopPoints,
  plusOne,
  reportBack,
} from '../../server/domain/breakout-report.ts';
import { assignBreakout, placeInBreakout, setRapporteur, startBreakout } from '../../server/domain/breakouts.ts';
import { leaveWorkshop } from '../../server/domain/leaving.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import { addNote } from '../../server/domain/notes.ts';
import { followerView } from '../../shared/follower-view.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { undoLast } from '../../server/domain/undo.ts';
import { refused, run } from '../helpers/decide.ts';
import { as, FACILITATOR, person, T0 } from '../helpers/board-state.ts';
import { boardState } from '../helpers/board-state.ts';
import { C1, C2, G1, G2 } from '../helpers/breakout-fixtures.ts';

const PEOPLE = ['a1', 'a2', 'b1', 'b2'].map((id) => ({ ...person(id), organisation: `Org ${id[0]}` }));
const [A1, A2, B1] = PEOPLE as [
  ReturnType<typeof person>,
  ReturnType<typeof person>,
  ReturnType<typeof person>,
  ReturnType<typeof person>,
];
const staff = { role: 'facilitator', id: 'facilitator', participant: null } as const;
const sender = (p: ReturnType<typeof person>) => ({ role: 'participant', id: p.id, participant: p }) as const;

/** Four people of two organisations in two balanced groups on `challenges` (open): g1 = a1+b1, g2 = a2+b2. */
function started(): WorkshopState {
  const base = boardState('open');
  const participants = Object.fromEntries(PEOPLE.map((p, i) => [p.id, { ...p, joinedAt: i }]));
  const s = { ...base, priv: { ...base.priv, participants } };
  return run(s, (x) =>
    startBreakout(
      x,
      { id: 'bk', boardIds: ['challenges'], plan: { count: 2, size: null, rule: 'balanced', remote: 'own' } },
      T0,
    ),
  );
}
const note = (id: string, boardId: string, text = `text ${id}`) => ({ id, boardId, column: 'Markets and trade', text });

function written(): WorkshopState {
  let s = started();
  s = run(s, (x) => addNote(x, as(A1), note('n1', C1, 'Finance is scarce'), T0));
  s = run(s, (x) => addNote(x, as(B1), note('n2', C1, 'Certification costs'), T0 + 1));
  s = run(s, (x) => addNote(x, as(A2), note('n3', C2, 'finance is scarce!'), T0 + 2));
  return s;
}

describe('breakouts', () => {
  it('starts groups with their own copies as the active boards; the plenary board locks', () => {
    const s = started();
    const b = s.pub.breakouts.bk!;
    expect(b.groups.map((g) => [g.id, g.memberIds])).toEqual([
      [G1, ['a1', 'b1']],
      [G2, ['a2', 'b2']],
    ]);
    expect(s.pub.room.activeBoardIds).toEqual([C1, C2]);
    expect(s.pub.boards[C1]).toMatchObject({
      mode: 'open',
      copyOf: { breakoutId: 'bk', groupId: G1, sourceId: 'challenges' },
    });
    expect(s.pub.boards.challenges!.mode).toBe('locked');
  });

  it("keeps a group's notes out of the shared state, counts them for the overview, and refuses another group's writer", () => {
    const s = written();
    expect(Object.keys(s.pub.notes)).toEqual([]);
    expect(Object.keys(s.priv.groupNotes).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(s.pub.breakouts.bk!.groups.map((g) => [g.notes, g.writers])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(refused(s, (x) => addNote(x, as(A2), note('n9', C1), T0))).toBe('not_in_group');
    expect(refused(s, (x) => addNote(x, as(A1), note('n9', 'challenges'), T0))).toBe('board_closed');
  });

  it.each([
    [
      'assigning to a missing group',
      (x: WorkshopState) => assignBreakout(x, { moves: [{ participantId: 'a1', groupId: 'nope' }] }),
      'no_such_group',
    ],
    [
      'a participant in two groups',
      (x: WorkshopState) =>
        assignBreakout(x, {
          moves: [
            { participantId: 'a1', groupId: G1 },
            { participantId: 'a1', groupId: G2 },
          ],
        }),
      'in_two_groups',
    ],
    [
      'a rapporteur from another group',
      (x: WorkshopState) => setRapporteur(x, staff, { groupId: G1, participantId: 'a2' }),
      'not_in_group',
    ],
    [
      'a participant naming someone else',
      (x: WorkshopState) => setRapporteur(x, sender(A1), { groupId: G1, participantId: 'b1' }),
      'forbidden',
    ],
    [
      'top points by a non-rapporteur',
      (x: WorkshopState) => pickTopPoints(x, sender(A1), { groupId: G1, noteIds: ['n1'] }),
      'not_rapporteur',
    ],
    [
      'top points of another group',
      (x: WorkshopState) => pickTopPoints(x, staff, { groupId: G1, noteIds: ['n3'] }),
      'not_found',
    ],
    [
      'starting twice',
      (x: WorkshopState) =>
        startBreakout(
          x,
          { id: 'bk2', boardIds: ['challenges'], plan: { count: 2, size: null, rule: 'random', remote: 'own' } },
          T0,
        ),
      'conflict',
    ],
    ['report-back on a missing group', (x: WorkshopState) => reportBack(x, 5), 'no_such_group'],
  ])('refuses %s with a stable code, state unchanged', (_, decide, code) => {
    const s = written();
    expect(refused(s, decide)).toBe(code);
  });

  it('moves people by hand, and a rapporteur who leaves steps down', () => {
    let s = run(written(), (x) => setRapporteur(x, sender(A1), { groupId: G1, participantId: 'a1' }));
    expect(s.pub.breakouts.bk!.groups[0]!.rapporteurId).toBe('a1');
    s = run(s, (x) => assignBreakout(x, { moves: [{ participantId: 'a1', groupId: G2 }] }));
    expect(s.pub.breakouts.bk!.groups.map((g) => [g.memberIds, g.rapporteurId, g.rapporteurName])).toEqual([
      [['b1'], null, null],
      [['a2', 'b2', 'a1'], null, null],
    ]);
  });

  it('names the rapporteur for the projector, but not to followers kept from names nor after they leave', () => {
    const s = run(written(), (x) => setRapporteur(x, staff, { groupId: G1, participantId: 'b1' }));
    expect(s.pub.breakouts.bk!.groups[0]!.rapporteurName).toBe(B1.name);
    const hidden = { ...s.pub, room: { ...s.pub.room, display: { ...s.pub.room.display, followerNames: false } } };
    expect(followerView(hidden).breakouts.bk!.groups[0]!.rapporteurName).toBeNull();
    expect(JSON.stringify(followerView(hidden))).not.toContain(B1.name);
    const left = run(s, (x) => leaveWorkshop(x, 'b1', 'keep', T0));
    expect(left.pub.breakouts.bk!.groups[0]).toMatchObject({ rapporteurId: 'b1', rapporteurName: '' });
    expect(JSON.stringify(left.pub)).not.toContain(B1.name);
  });

  it('places a late joiner by the rule: the balanced one spreads organisations', () => {
    const s = written();
    const late = { ...person('c1'), organisation: 'Org a', joinedAt: 9 };
    const withLate = { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, c1: late } } };
    const placed = placeInBreakout(withLate, 'c1');
    if (!placed.ok) throw new Error(placed.error);
    expect(placed.value.pub.breakouts.bk!.groups[0]!.memberIds).toContain('c1');
  });

  it('lets the rapporteur cluster and pick top points; report-back publishes only those and locks the groups', () => {
    let s = run(written(), (x) => setRapporteur(x, staff, { groupId: G1, participantId: 'b1' }));
    s = run(s, (x) => clusterGroupNotes(x, sender(B1), { id: 'cl1', boardId: C1, title: 'Money' }));
    s = run(s, (x) => moveGroupNotes(x, sender(B1), { noteIds: ['n1'], groupId: 'cl1' }, T0));
    expect(s.pub.groups).toEqual({});
    expect(s.priv.groupClusters.cl1).toMatchObject({ boardId: C1 });
    expect(refused(s, (x) => moveGroupNotes(x, sender(B1), { noteIds: ['n3'], groupId: null }, T0))).toBe(
      'not_rapporteur',
    );
    s = run(s, (x) => pickTopPoints(x, sender(B1), { groupId: G1, noteIds: ['n2'] }));
    expect(s.pub.breakouts.bk!.points).toEqual([]);
    s = run(s, (x) => reportBack(x, 0));
    const b = s.pub.breakouts.bk!;
    expect(b.status).toBe('reporting');
    expect(b.points.map((p) => [p.groupId, p.text])).toEqual([
      [G1, 'Certification costs'],
      [G2, 'finance is scarce!'],
    ]);
    expect(s.pub.boards[C1]!.mode).toBe('locked');
    expect(s.pub.room.activeBoardIds).toEqual([]);
    expect(refused(s, (x) => plusOne(x, 'a1', 'n2'))).toBe('own_group');
    s = run(s, (x) => plusOne(x, 'a2', 'n2'));
    expect(s.pub.breakouts.bk!.points[0]!.plusOnes).toBe(1);
    s = run(s, (x) => plusOne(x, 'a2', 'n2'));
    expect(s.pub.breakouts.bk!.points[0]!.plusOnes).toBe(0);
  });

  it('merges with provenance, clusters and combined duplicates; merging twice is refused; undo takes it back', () => {
    let s = run(written(), (x) => clusterGroupNotes(x, staff, { id: 'cl1', boardId: C1, title: 'Money' }));
    s = run(s, (x) => moveGroupNotes(x, staff, { noteIds: ['n1'], groupId: 'cl1' }, T0));
    const before = s;
    s = run(s, (x) => mergeBreakout(x, [['n1', 'n3']], T0 + 10));
    const merged = Object.values(s.pub.notes).sort((a, b) => a.id.localeCompare(b.id));
    expect(merged.map((n) => [n.id, n.boardId, n.text, n.groupId])).toEqual([
      ['m-n1', 'challenges', 'Finance is scarce', 'm-cl1'],
      ['m-n2', 'challenges', 'Certification costs', null],
    ]);
    expect(merged[0]!.provenance!.sources.map((x) => [x.groupName, x.text])).toEqual([
      ['1', 'Finance is scarce'],
      ['2', 'finance is scarce!'],
    ]);
    expect(merged[1]!.provenance!.sources.map((x) => x.groupName)).toEqual(['1']);
    expect(s.pub.groups['m-cl1']).toMatchObject({ boardId: 'challenges', title: 'Money', fromGroup: '1' });
    expect(s.pub.breakouts.bk!.status).toBe('merged');
    expect(s.pub.room.activeBoardIds).toEqual(['challenges']);
    expect(refused(s, (x) => mergeBreakout(x, [], T0))).toBe('already_merged');

    s = run(s, (x) => undoLast(x));
    expect(s.pub.notes).toEqual(before.pub.notes);
    expect(s.pub.groups).toEqual(before.pub.groups);
    expect(s.pub.breakouts.bk!.status).toBe('running');
    expect(s.priv.groupNotes).toEqual(before.priv.groupNotes);
    expect(Object.keys(run(s, (x) => mergeBreakout(x, [], T0)).pub.notes)).toHaveLength(3);
  });

  it('leaves a note still held on its group board: the merge publishes only what the group was shown', () => {
    let s = setBoardMode(written(), C1, 'private');
    s = run(s, (x) => addNote(x, as(A1), note('h1', C1, 'Written privately'), T0 + 3));
    expect(s.priv.heldNotes.h1).toBeDefined();
    expect(refused(s, (x) => mergeBreakout(x, [['h1', 'n2']], T0 + 10))).toBe('not_found');
    const merged = run(s, (x) => mergeBreakout(x, [], T0 + 10));
    expect(Object.keys(merged.pub.notes).sort()).toEqual(['m-n1', 'm-n2', 'm-n3']);
    expect(JSON.stringify(merged.pub)).not.toContain('Written privately');
    expect(merged.priv.heldNotes.h1).toEqual(s.priv.heldNotes.h1);
  });

  it('refuses duplicate sets with an unknown note or a note twice', () => {
    const s = written();
    expect(refused(s, (x) => mergeBreakout(x, [['n1', 'zz']], T0))).toBe('not_found');
    expect(
      refused(s, (x) =>
        mergeBreakout(
          x,
          [
            ['n1', 'n3'],
            ['n1', 'n2'],
          ],
          T0,
        ),
      ),
    ).toBe('bad_request');
    expect(refused(boardState(), (x) => mergeBreakout(x, [], T0))).toBe('no_breakout');
  });

  it('the facilitator writes on any group board', () => {
    const s = run(started(), (x) => addNote(x, FACILITATOR, note('f1', C2), T0));
    expect(s.priv.groupNotes.f1).toMatchObject({ boardId: C2 });
  });
});
