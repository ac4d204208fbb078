/** Breakout groups: the facilitator starts and steers them; members write, rapporteurs report, everyone +1s. */
import type { GroupId } from '../model.ts';
import {
  BreakoutAssignInput,
  BreakoutClusterInput,
  BreakoutMergeInput,
  BreakoutMessageInput,
  BreakoutMoveInput,
  BreakoutPlusInput,
  BreakoutRapporteurInput,
  BreakoutReportInput,
  BreakoutStartInput,
  BreakoutTableInput,
  BreakoutTopInput,
} from '../schemas/breakouts.ts';
import { answers, command, creating } from './define.ts';

export const BREAKOUT_COMMANDS = {
  /** Splits the room into groups, each with its own copy of the boards; answers how many groups. */
  'breakout:start': creating(BreakoutStartInput, answers<{ groups: number }>()),
  /** By hand: each move puts a participant in a group (or none); all or nothing. */
  'breakout:assign': command(BreakoutAssignInput, answers<{ moved: number }>()),
  /** A participant says which table they sit at; under the table rule it moves them there. */
  'breakout:table': command(BreakoutTableInput, answers<{ groupId: GroupId | null }>()),
  /** The facilitator names a group's rapporteur; a member may volunteer while the group has none. */
  'breakout:rapporteur': command(BreakoutRapporteurInput, answers<null>()),
  'breakout:message': command(BreakoutMessageInput, answers<null>()),
  /** The rapporteur picks the group's top points. */
  'breakout:top': command(BreakoutTopInput, answers<null>()),
  'breakout:cluster': creating(BreakoutClusterInput, answers<{ id: GroupId }>()),
  'breakout:move': command(BreakoutMoveInput, answers<{ moved: number }>()),
  /** Report-back: the projector shows group `index`'s top points. */
  'breakout:report': command(BreakoutReportInput, answers<null>()),
  /** A participant's +1 on another group's point; again takes it back. Answers the point's count. */
  'breakout:plus': command(BreakoutPlusInput, answers<{ plusOnes: number }>()),
  /** Brings every group's board into the plenary board, with provenance; undo:last takes it back. */
  'breakout:merge': command(BreakoutMergeInput, answers<{ notes: number; clusters: number; commitments: number }>()),
};
