/** One rule names every sender: who they are, and the id their commands are logged and made idempotent under. */
import { describe, expect, it } from 'vitest';
import { KEY_HOLDER, senderOf, VISITOR, type Identity } from '../../server/domain/sender.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { ANA, BEN, boardState, person } from '../helpers/board-state.ts';

const state: WorkshopState = (() => {
  const s = boardState();
  const cofacilitator = { ...BEN, cofacilitator: true };
  const removed = { ...person('gone'), removedAt: 1, tokenHash: '' };
  return { ...s, priv: { ...s.priv, participants: { ana: ANA, ben: cofacilitator, gone: removed } } };
})();

const who = (facilitator: boolean, participantId: string | null, client: Identity['client']) =>
  senderOf({ facilitator, participantId, client }, state);

describe('senders', () => {
  it.each<[string, ReturnType<typeof who>, { role: string; id: string; participant: string | null }]>([
    [
      'the facilitator key holder',
      who(true, null, 'facilitate'),
      { role: 'facilitator', id: KEY_HOLDER, participant: null },
    ],
    [
      'a co-facilitator, as themselves',
      who(false, 'ben', 'participant'),
      { role: 'facilitator', id: 'ben', participant: 'ben' },
    ],
    ['a participant', who(false, 'ana', 'participant'), { role: 'participant', id: 'ana', participant: 'ana' }],
    ['a removed participant', who(false, 'gone', 'participant'), { role: 'guest', id: VISITOR, participant: null }],
    [
      'a participant screen not joined',
      who(false, null, 'participant'),
      { role: 'guest', id: VISITOR, participant: null },
    ],
    ['a follow screen', who(false, null, 'follow'), { role: 'follower', id: VISITOR, participant: null }],
    ['the projector', who(false, null, 'screen'), { role: 'follower', id: VISITOR, participant: null }],
  ])('%s', (_name, sender, expected) => {
    expect({ role: sender.role, id: sender.id, participant: sender.participant?.id ?? null }).toEqual(expected);
  });

  it('never gives a co-facilitator the key holder’s id, so their command ids never meet', () => {
    expect(who(false, 'ben', 'facilitate').id).not.toBe(who(true, null, 'facilitate').id);
  });
});
