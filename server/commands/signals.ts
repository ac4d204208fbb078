/** The room's signals: participants raise and lower their hands, the facilitator runs the speakers' queue. */
import type { SIGNALS_COMMANDS } from '../../shared/commands/signals.ts';
import { clearQueue, giveFloor, raiseHand, showQueue, skipHand } from '../domain/hands.ts';
import { tickDone } from '../domain/progress.ts';
import { react } from '../domain/reactions.ts';
import { byCommandId, handle, type Handlers } from './handler.ts';

const queue = { action: 'queue.manage', by: 'staff', commandId: byCommandId } as const;

export const SIGNALS_HANDLERS: Handlers<keyof typeof SIGNALS_COMMANDS> = {
  'hand:raise': handle({
    action: 'hand.raise',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => raiseHand(s, who.participant, i.up, now),
  }),
  'queue:floor': handle({ ...queue, decide: (s, _, i, now) => giveFloor(s, i, now) }),
  'queue:skip': handle({ ...queue, decide: (s, _, i, now) => skipHand(s, i, now) }),
  'queue:clear': handle({ ...queue, decide: (s) => clearQueue(s) }),
  'queue:display': handle({ ...queue, decide: (s, _, i) => showQueue(s, i) }),
  'step:done': handle({
    action: 'step.done',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => tickDone(s, who.participant, i.done, now),
  }),
  'reaction:add': handle({
    action: 'reaction.add',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => react(s, who.participant, i.target, i.reaction, now),
  }),
};
