/** Notes, groups, dot votes, board modes, spotlight and undo. */
import type { GroupId, NoteId } from '../model.ts';
import {
  BoardAnonymousInput,
  BoardModeInput,
  BoardRefInput,
  FocusInput,
  GroupCreateInput,
  GroupRefInput,
  GroupRenameInput,
  NoteAddInput,
  NoteEditInput,
  NoteRefInput,
  NotesMoveInput,
  NotesRefInput,
  VoteDotInput,
  VoteOpenInput,
} from '../schemas/boards.ts';
import { answers, bare, command, creating } from './define.ts';

export const BOARD_COMMANDS = {
  /** `id` is made by the client and doubles as the command id: a resend answers the first result. */
  'note:add': creating(NoteAddInput, answers<{ id: NoteId; held: boolean }>()),
  'note:edit': command(NoteEditInput, answers<null>()),
  'note:delete': command(NoteRefInput, answers<null>()),
  'note:hide': command(NoteRefInput, answers<null>()),
  /** The facilitator's selection: one command and one undo entry for all of it. */
  'notes:hide': command(NotesRefInput, answers<{ hidden: number }>()),
  'notes:delete': command(NotesRefInput, answers<{ deleted: number }>()),
  'notes:move': command(NotesMoveInput, answers<{ moved: number }>()),
  'group:create': creating(GroupCreateInput, answers<{ id: GroupId }>()),
  'group:rename': command(GroupRenameInput, answers<null>()),
  'group:delete': command(GroupRefInput, answers<null>()),
  'board:mode': command(BoardModeInput, answers<null>()),
  'board:reveal': command(BoardRefInput, answers<{ revealed: number }>()),
  /** Notes written on the board carry no author; only while nothing is written on it. */
  'board:anonymous': command(BoardAnonymousInput, answers<null>()),
  'vote:open': command(VoteOpenInput, answers<null>()),
  'vote:close': command(BoardRefInput, answers<null>()),
  'vote:cast': command(VoteDotInput, answers<{ remaining: number }>()),
  'vote:retract': command(VoteDotInput, answers<{ remaining: number }>()),
  'focus:set': command(FocusInput, answers<null>()),
  /** Reverts the newest destructive facilitator action; answers its command name. */
  'undo:last': bare(answers<{ label: string }>()),
};
