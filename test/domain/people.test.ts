/** Promote, demote and kick as pure rules over the participant list. */
import { describe, expect, it } from 'vitest';
import { activeParticipant, kickParticipant, setCofacilitator } from '../../server/domain/people.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import { joinParticipant } from '../../server/domain/participants.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { loadTemplate } from '../../shared/templates/index.ts';

function withAmina(): WorkshopState {
  const s = initialState(loadTemplate('blank'), 'ACDEFG', 'Test');
  const joined = joinParticipant(
    s,
    { name: 'Amina', organisation: 'Coop Kenya', attendance: 'room' },
    'p1',
    'a'.repeat(64),
    1000,
  );
  if (!joined.ok) throw new Error('join failed');
  return joined.value.state;
}

function value<T>(r: { ok: boolean; value?: T; error?: string }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r.value as T;
}

describe('people rules', () => {
  it('promotes and demotes, and a repeat changes nothing', () => {
    const s0 = withAmina();
    const s1 = value(setCofacilitator(s0, 'p1', true)).state;
    expect(s1.priv.participants.p1?.cofacilitator).toBe(true);
    expect(value(setCofacilitator(s1, 'p1', true)).state).toBe(s1);
    const s2 = value(setCofacilitator(s1, 'p1', false)).state;
    expect(s2.priv.participants.p1?.cofacilitator).toBe(false);
    expect(value(setCofacilitator(s0, 'p1', false)).state).toBe(s0);
  });

  it('kicks: keeps the record, clears the token and the promotion, marks the time', () => {
    const s0 = value(setCofacilitator(withAmina(), 'p1', true)).state;
    const s1 = value(kickParticipant(s0, 'p1', 5000)).state;
    expect(s1.priv.participants.p1).toMatchObject({
      name: 'Amina',
      tokenHash: '',
      cofacilitator: false,
      removedAt: 5000,
    });
    expect(activeParticipant(s1, 'p1')).toBeNull();
    expect(s0.priv.participants.p1?.removedAt).toBeUndefined();
  });

  it.each([
    ['promote', (s: WorkshopState, id: string) => setCofacilitator(s, id, true)],
    ['demote', (s: WorkshopState, id: string) => setCofacilitator(s, id, false)],
    ['kick', (s: WorkshopState, id: string) => kickParticipant(s, id, 1)],
  ])('%s refuses an unknown or removed participant with not_found', (_name, act) => {
    const s = withAmina();
    expect(act(s, 'nobody')).toEqual({ ok: false, error: 'not_found' });
    const kicked = value(kickParticipant(s, 'p1', 2)).state;
    expect(act(kicked, 'p1')).toEqual({ ok: false, error: 'not_found' });
  });
});
