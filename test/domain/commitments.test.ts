/** The roles matrix and commitments: who may propose what, the facilitator's management, rows and columns. */
import { describe, expect, it } from 'vitest';
import {
  confirmCommitment,
  editCommitment,
  proposeCommitment,
  removeCommitment,
} from '../../server/domain/commitments.ts';
import { distinctNames, importOrganisations, setColumns, setRows } from '../../server/domain/roles.ts';
import { undoLast } from '../../server/domain/undo.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import type { BoardMode } from '../../shared/model.ts';
import { CommitmentEditInput, CommitmentProposeInput } from '../../shared/schemas/roles.ts';
import { ANA, BEN, boardState, must, REMOTE, T0, withNote } from '../helpers/board-state.ts';

/** The ILO workshop in its roles activity: the roles board active and in `mode`. */
function rolesState(mode: BoardMode = 'open', opts: { active?: boolean; remoteWriting?: boolean } = {}): WorkshopState {
  const s = boardState();
  const roles = { ...s.pub.boards.roles!, mode, remoteWriting: opts.remoteWriting ?? true };
  const room = { ...s.pub.room, activeBoardIds: opts.active === false ? [] : ['roles'] };
  return { ...s, pub: { ...s.pub, room, boards: { ...s.pub.boards, roles } } };
}

const proposal = (over: Record<string, unknown> = {}) =>
  CommitmentProposeInput.parse({
    id: 'c1',
    boardId: 'roles',
    kind: 'Finance',
    text: 'Pilot a revolving fund',
    contact: 'ana@example.org',
    followUp: '2018-09-01',
    ...over,
  });
const propose = (s: WorkshopState, who: Participant = ANA, over: Record<string, unknown> = {}) =>
  proposeCommitment(s, who, proposal(over), T0);

describe('proposing a commitment', () => {
  it.each<[string, WorkshopState, Participant, Record<string, unknown>, string | null]>([
    ['open roles board', rolesState(), ANA, {}, null],
    ['locked roles board', rolesState('locked'), ANA, {}, 'board_locked'],
    ['roles board not active', rolesState('open', { active: false }), ANA, {}, 'board_closed'],
    ['remote, remote writing off', rolesState('open', { remoteWriting: false }), REMOTE, {}, 'remote_writing_closed'],
    ['remote, remote writing on', rolesState(), REMOTE, {}, null],
    ['unknown column', rolesState(), ANA, { kind: 'Catering' }, 'bad_request'],
    ['a notes board', rolesState(), ANA, { boardId: 'challenges' }, 'not_found'],
    ['a link to a missing note', rolesState(), ANA, { linkedNoteIds: ['nope'] }, 'not_found'],
  ])('%s', (_name, s, who, over, error) => {
    const r = propose(s, who, over);
    if (error) expect(r).toMatchObject({ ok: false, error });
    else expect(r.ok).toBe(true);
  });

  it('is owned by the proposer’s organisation, waits for confirmation, and adds the organisation as a row', () => {
    const s = must(propose(rolesState())).state;
    expect(s.pub.commitments.c1).toMatchObject({
      organisation: ANA.organisation,
      status: 'proposed',
      proposedBy: 'ana',
      kind: 'Finance',
      followUp: '2018-09-01',
      createdAt: T0,
    });
    expect(s.pub.roleMatrices.roles!.organisations).toEqual([ANA.organisation]);
  });

  it('uses the spelling of an existing row, whatever the case', () => {
    const rows = must(setRows(rolesState(), 'roles', ['ORG ANA'])).state;
    const s = must(propose(rows)).state;
    expect(s.pub.commitments.c1!.organisation).toBe('ORG ANA');
    expect(s.pub.roleMatrices.roles!.organisations).toEqual(['ORG ANA']);
  });

  it('links challenges and opportunities, once each, but never expectations', () => {
    const s = withNote(rolesState(), 'n1', BEN);
    expect(must(propose(s, ANA, { linkedNoteIds: ['n1', 'n1'] })).state.pub.commitments.c1!.linkedNoteIds).toEqual([
      'n1',
    ]);
    const exp = withNote(s, 'e1', BEN, { boardId: 'expectations', column: 'Expectations' });
    expect(propose(exp, ANA, { linkedNoteIds: ['e1'] })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('refuses a second commitment with the same id', () => {
    expect(propose(must(propose(rolesState())).state, BEN)).toMatchObject({ ok: false, error: 'conflict' });
  });

  it('stops one person at 30 commitments', () => {
    let s = rolesState();
    for (let i = 0; i < 30; i++) s = must(propose(s, ANA, { id: `c${i}` })).state;
    expect(propose(s, ANA, { id: 'c30' })).toMatchObject({ ok: false, error: 'limit_reached' });
    expect(propose(s, BEN, { id: 'c30' }).ok).toBe(true);
  });

  it.each([
    ['empty text', { text: '  ' }],
    ['text over 300', { text: 'x'.repeat(301) }],
    ['impossible date', { followUp: '2018-13-01' }],
    ['bad id', { id: 'a b' }],
  ])('the schema refuses %s', (_name, over) => {
    expect(
      CommitmentProposeInput.safeParse({ id: 'c1', boardId: 'roles', kind: 'Finance', text: 'x', ...over }).success,
    ).toBe(false);
  });
});

describe('the facilitator manages commitments', () => {
  const proposed = () => must(propose(rolesState())).state;

  it('confirms, and confirming again changes nothing', () => {
    const s = must(confirmCommitment(proposed(), 'c1', T0 + 1)).state;
    expect(s.pub.commitments.c1).toMatchObject({ status: 'confirmed', updatedAt: T0 + 1 });
    expect(must(confirmCommitment(s, 'c1', T0 + 2)).state).toBe(s);
  });

  it('edits any field; a new owner becomes a row', () => {
    const edit = CommitmentEditInput.parse({
      id: 'c1',
      organisation: 'ILO COOP',
      kind: 'Tools',
      text: 'A matchmaking tool',
      contact: '',
      followUp: null,
    });
    const s = must(editCommitment(proposed(), edit, T0 + 5)).state;
    expect(s.pub.commitments.c1).toMatchObject({
      organisation: 'ILO COOP',
      kind: 'Tools',
      text: 'A matchmaking tool',
      contact: '',
      followUp: null,
      updatedAt: T0 + 5,
    });
    expect(s.pub.roleMatrices.roles!.organisations).toEqual([ANA.organisation, 'ILO COOP']);
  });

  it('leaves absent fields as they were', () => {
    const s = must(
      editCommitment(proposed(), CommitmentEditInput.parse({ id: 'c1', contact: 'desk@example.org' }), T0 + 5),
    ).state;
    expect(s.pub.commitments.c1).toMatchObject({
      text: 'Pilot a revolving fund',
      followUp: '2018-09-01',
      contact: 'desk@example.org',
    });
  });

  it.each([
    ['confirm', (s: WorkshopState) => confirmCommitment(s, 'nope', T0)],
    ['edit', (s: WorkshopState) => editCommitment(s, CommitmentEditInput.parse({ id: 'nope', text: 'x' }), T0)],
    ['remove', (s: WorkshopState) => removeCommitment(s, 'nope', T0)],
  ])('cannot %s a missing commitment', (_name, act) => {
    expect(act(proposed())).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('removes', () => {
    expect(must(removeCommitment(proposed(), 'c1', T0 + 5)).state.pub.commitments).toEqual({});
  });

  it('brings a removed commitment back with undo, as it was', () => {
    const before = proposed();
    const removed = must(removeCommitment(before, 'c1', T0 + 5)).state;
    const undone = must(undoLast(removed));
    expect(undone.value).toEqual({ label: 'commitment:remove' });
    expect(undone.state.pub.commitments).toEqual(before.pub.commitments);
  });

  it('undoes a facilitator edit field by field', () => {
    const edited = must(
      editCommitment(proposed(), CommitmentEditInput.parse({ id: 'c1', contact: 'desk@example.org' }), T0 + 5),
    ).state;
    const undone = must(undoLast(edited)).state;
    expect(undone.pub.commitments.c1).toMatchObject({ contact: 'ana@example.org', text: 'Pilot a revolving fund' });
  });
});

describe('rows and columns', () => {
  it('merges names that differ only by case, keeping the first spelling', () => {
    expect(distinctNames(['WFTO', ' wfto ', 'Coop Denmark'])).toEqual(['WFTO', 'Coop Denmark']);
  });

  it('imports every participant’s organisation once, in joining order', () => {
    const s = rolesState();
    const r = must(importOrganisations(s, 'roles'));
    expect(r.value.added).toBe(3);
    expect(r.state.pub.roleMatrices.roles!.organisations).toEqual([
      ANA.organisation,
      BEN.organisation,
      REMOTE.organisation,
    ]);
    expect(must(importOrganisations(r.state, 'roles')).value.added).toBe(0);
  });

  it.each<[string, (s: WorkshopState) => unknown]>([
    ['a row that owns a commitment', (s) => setRows(s, 'roles', ['Someone else'])],
    ['a column that holds a commitment', (s) => setColumns(s, 'roles', ['Tools'])],
  ])('will not drop %s', (_name, act) => {
    expect(act(must(propose(rolesState())).state)).toMatchObject({ ok: false, error: 'in_use' });
  });

  it('renames and reorders the kinds of contribution', () => {
    const s = must(setColumns(rolesState(), 'roles', ['Finance', 'Training', 'Finance'])).state;
    expect(s.pub.boards.roles!.columns).toEqual(['Finance', 'Training']);
  });

  it('only works on a roles board', () => {
    expect(setRows(rolesState(), 'challenges', [])).toMatchObject({ ok: false, error: 'not_found' });
  });
});
