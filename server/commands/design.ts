/** Design handlers: the facilitator shapes the day's details, its boards and its methods (all `agenda.edit`). */
import type { DESIGN_COMMANDS } from '../../shared/commands/design.ts';
import { createBoard, editBoard, removeBoard } from '../domain/board-design.ts';
import { describeWorkshop } from '../domain/details.ts';
import { addMethod } from '../domain/methods.ts';
import { byCommandId, byCreatedId, handle, type Handlers } from './handler.ts';

const design = { action: 'agenda.edit', by: 'staff' } as const;

export const DESIGN_HANDLERS: Handlers<keyof typeof DESIGN_COMMANDS> = {
  'workshop:describe': handle({
    ...design,
    commandId: byCommandId,
    // Only the details: the command id is not one of them.
    decide: (s, _, { commandId: _id, ...details }) => describeWorkshop(s, details),
  }),
  'board:create': handle({ ...design, commandId: byCreatedId, decide: (s, _, i) => createBoard(s, i) }),
  'board:edit': handle({ ...design, commandId: byCommandId, decide: (s, _, i) => editBoard(s, i) }),
  'board:remove': handle({ ...design, commandId: byCommandId, decide: (s, _, i) => removeBoard(s, i.boardId) }),
  'agenda:method': handle({ ...design, commandId: byCommandId, decide: (s, _, i, now) => addMethod(s, i, now) }),
};
