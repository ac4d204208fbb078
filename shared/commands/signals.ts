/** The room's signals: raised hands and the speakers' queue, "I'm done". */
import { DoneInput, FloorInput, HandInput, ReactInput, QueueDisplayInput, SkipInput } from '../schemas/signals.ts';
import { answers, bare, command } from './define.ts';

export const SIGNALS_COMMANDS = {
  /** Raises or lowers the sender's own hand; answers whether it is up, so a retry leaves the button right. */
  'hand:raise': command(HandInput, answers<{ raised: boolean }>()),
  'queue:floor': command(FloorInput, answers<null>()),
  /** Sends a waiting hand to the back of the queue. */
  'queue:skip': command(SkipInput, answers<null>()),
  /** Lowers every hand and ends the current turn. */
  'queue:clear': bare(answers<null>()),
  'queue:display': command(QueueDisplayInput, answers<null>()),
  /** "I'm done" for the live step; answers whether it is ticked. */
  'step:done': command(DoneInput, answers<{ done: boolean }>()),
  /** One reaction on a shown note or the live step; answers that reaction's count there. */
  'reaction:add': command(ReactInput, answers<{ count: number }>()),
};
