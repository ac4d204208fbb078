/**
 * Designing the day, before it or during it: the workshop's details, its boards, and methods
 * dropped in from the library. Facilitator commands; what they change reaches every screen
 * through the shared document (room.meta, room.agenda, boards).
 */
import type { BoardId, WorkshopMeta } from '../model.ts';
import {
  BoardCreateInput,
  BoardEditInput,
  BoardRemoveInput,
  MethodAddInput,
  WorkshopDescribeInput,
} from '../schemas/design-commands.ts';
import { answers, command, creating } from './define.ts';

export const DESIGN_COMMANDS = {
  /** Title, date, time zone, venue; answers the details as they now are. */
  'workshop:describe': command(WorkshopDescribeInput, answers<WorkshopMeta>()),
  /** `id` is made by the client and doubles as the command id. */
  'board:create': creating(BoardCreateInput, answers<{ id: BoardId }>()),
  'board:edit': command(BoardEditInput, answers<null>()),
  'board:remove': command(BoardRemoveInput, answers<null>()),
  /** A library method into a block, or as a block of its own; answers where it went and what it created. */
  'agenda:method': command(
    MethodAddInput,
    answers<{ segmentId: string; activityIds: string[]; boardIds: BoardId[] }>(),
  ),
};
