/** Notes, groups, dot votes, board modes, spotlight and undo. */
import type { Ack } from '../errors.ts';
import type { BoardId, GroupId, Note, NoteId, ParticipantId } from '../model.ts';
import type {
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
  VoteDotInput,
  VoteOpenInput,
} from '../schemas/boards.ts';

export interface BoardCommands {
  /** `id` is made by the client and doubles as the command id: a resend answers the first result. */
  'note:add': (input: NoteAddInput, ack: Ack<{ id: NoteId; held: boolean }>) => void;
  'note:edit': (input: NoteEditInput, ack: Ack<null>) => void;
  'note:delete': (input: NoteRefInput, ack: Ack<null>) => void;
  'note:hide': (input: NoteRefInput, ack: Ack<null>) => void;
  'notes:move': (input: NotesMoveInput, ack: Ack<{ moved: number }>) => void;
  'group:create': (input: GroupCreateInput, ack: Ack<{ id: GroupId }>) => void;
  'group:rename': (input: GroupRenameInput, ack: Ack<null>) => void;
  'group:delete': (input: GroupRefInput, ack: Ack<null>) => void;
  'board:mode': (input: BoardModeInput, ack: Ack<null>) => void;
  'board:reveal': (input: BoardRefInput, ack: Ack<{ revealed: number }>) => void;
  'vote:open': (input: VoteOpenInput, ack: Ack<null>) => void;
  'vote:close': (input: BoardRefInput, ack: Ack<null>) => void;
  'vote:cast': (input: VoteDotInput, ack: Ack<{ remaining: number }>) => void;
  'vote:retract': (input: VoteDotInput, ack: Ack<{ remaining: number }>) => void;
  'focus:set': (input: FocusInput, ack: Ack<null>) => void;
  /** Reverts the newest destructive facilitator action; answers its command name. */
  'undo:last': (input: null, ack: Ack<{ label: string }>) => void;
}

export interface BoardFacts {
  /** This participant's notes held back on private boards (only they receive them). On connect and on change. */
  'notes:mine': (notes: Note[]) => void;
  /** This participant's dots per board in the current rounds. On connect and on change. */
  'ballots:mine': (ballots: Record<BoardId, NoteId[]>) => void;
  /** To facilitators only: how many held notes each participant has, per board (counts, never text). */
  'notes:heldBy': (counts: Record<BoardId, Record<ParticipantId, number>>) => void;
}
