/** Inbound payloads of the board commands: notes, groups, votes, modes, spotlight, undo. */
import { z } from 'zod';
import { BOARD_LIMITS } from '../limits.ts';
import { Id } from './agenda.ts';

export { BOARD_LIMITS };

export const NoteText = z.string().trim().min(1).max(BOARD_LIMITS.noteTextMax);
export const GroupTitle = z.string().trim().min(1).max(BOARD_LIMITS.groupTitleMax);
const Column = z.string().min(1).max(BOARD_LIMITS.columnMax);

export const NoteAddInput = z.object({ id: Id, boardId: Id, column: Column, text: NoteText });
export type NoteAddInput = z.infer<typeof NoteAddInput>;

export const NoteEditInput = z
  .object({ noteId: Id, text: NoteText.optional(), column: Column.optional() })
  .refine((x) => x.text !== undefined || x.column !== undefined, 'text or column');
export type NoteEditInput = z.infer<typeof NoteEditInput>;

export const NoteRefInput = z.object({ noteId: Id });
export type NoteRefInput = z.infer<typeof NoteRefInput>;

/** A selection of notes the facilitator acts on at once (hide, delete): one command, one undo. */
export const NotesRefInput = z.object({ noteIds: z.array(Id).min(1).max(BOARD_LIMITS.moveMax) });
export type NotesRefInput = z.infer<typeof NotesRefInput>;

export const NotesMoveInput = z.object({
  noteIds: z.array(Id).min(1).max(BOARD_LIMITS.moveMax),
  /** Target group; null takes the notes out of any group. */
  groupId: Id.nullable(),
  column: Column.optional(),
});
export type NotesMoveInput = z.infer<typeof NotesMoveInput>;

export const GroupCreateInput = z.object({ id: Id, boardId: Id, title: GroupTitle });
export type GroupCreateInput = z.infer<typeof GroupCreateInput>;

export const GroupRenameInput = z.object({ groupId: Id, title: GroupTitle });
export type GroupRenameInput = z.infer<typeof GroupRenameInput>;

export const GroupRefInput = z.object({ groupId: Id });
export type GroupRefInput = z.infer<typeof GroupRefInput>;

export const BoardRefInput = z.object({ boardId: Id });
export type BoardRefInput = z.infer<typeof BoardRefInput>;

export const BoardModeInput = z.object({
  boardId: Id,
  mode: z.enum(['open', 'private', 'locked']),
  remoteWriting: z.boolean().optional(),
});
export type BoardModeInput = z.infer<typeof BoardModeInput>;

export const BoardAnonymousInput = z.object({ boardId: Id, anonymous: z.boolean() });
export type BoardAnonymousInput = z.infer<typeof BoardAnonymousInput>;

export const VoteOpenInput = z.object({
  boardId: Id,
  budget: z.number().int().min(1).max(BOARD_LIMITS.voteBudgetMax),
  allowStacking: z.boolean(),
});
export type VoteOpenInput = z.infer<typeof VoteOpenInput>;

export const VoteDotInput = z.object({ boardId: Id, noteId: Id });
export type VoteDotInput = z.infer<typeof VoteDotInput>;

export const FocusInput = z.object({
  focus: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('board'), boardId: Id }),
      z.object({ kind: z.literal('group'), boardId: Id, groupId: Id }),
      z.object({ kind: z.literal('note'), boardId: Id, noteId: Id }),
    ])
    .nullable(),
});
export type FocusInput = z.infer<typeof FocusInput>;
