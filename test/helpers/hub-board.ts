/** A workshop opened straight on the hub, without transports: people joined, the challenges board open and active. */
import { ok } from '../../shared/errors.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import { joinParticipant } from '../../server/domain/participants.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import type { CommandRun } from '../../server/workshops/decide-command.ts';
import type { WorkshopHub } from '../../server/workshops/hub.ts';

/** A command of `actor` with a fresh id (or the given one), as the transport would hand it to the hub. */
export function hubCommand<T>(
  type: string,
  actor: string,
  commandId: string | null,
  decide: CommandRun<T>['decide'],
): CommandRun<T> {
  return { type, actor, commandId, decide };
}

/** The board rules' view of participant `id` in `s`. */
export function participantIn(s: WorkshopState, id: string) {
  return { role: 'participant' as const, participant: s.priv.participants[id] as Participant };
}

/** Creates the ILO workshop, joins `people` (their ids are their names) and opens challenges for writing. */
export async function openHubBoard(hub: WorkshopHub, people: readonly string[]): Promise<string> {
  const { code } = await hub.create('ilo-coop-2018');
  const setUp = [
    ...people.map((id) =>
      hubCommand('session:join', id, `join-${id}`, (s, now) =>
        joinParticipant(s, { name: id, organisation: 'Coop', attendance: 'room' }, id, `hash-${id}`, now),
      ),
    ),
    hubCommand('board:mode', 'facilitator', 'open-challenges', (s) => {
      const next = setBoardMode(s, 'challenges', 'open');
      const room = { ...next.pub.room, activeBoardIds: ['challenges'] };
      return ok({ state: { ...next, pub: { ...next.pub, room } }, value: null });
    }),
  ];
  for (const run of setUp) {
    const r = await hub.execute(code, run);
    if (!r.ok) throw new Error(`${run.type} refused: ${r.error}`);
  }
  return code;
}
