/**
 * Board handlers: participants write their own notes and place their dots; the facilitator
 * moderates, groups, steers the boards and runs the votes.
 */
import type { BOARD_COMMANDS } from '../../shared/commands/boards.ts';
import { addNote, deleteNote, deleteNotes, editNote, hideNote, hideNotes } from '../domain/notes.ts';
import { castVote, closeVoteRound, openVoteRound, retractVote } from '../domain/votes.ts';
import { changeBoardMode, revealBoard } from '../domain/boards.ts';
import { setAnonymous } from '../domain/anonymity.ts';
import { createGroup, deleteGroup, moveNotes, renameGroup } from '../domain/groups.ts';
import { setFocus } from '../domain/focus.ts';
import { undoLast } from '../domain/undo.ts';
import { byCommandId, byCreatedId, handle, type Handlers } from './handler.ts';

const write = { action: 'note.write', by: 'member' } as const;
const moderate = { action: 'note.moderate', by: 'staff' } as const;
const groups = { action: 'group.manage', by: 'staff' } as const;
const control = { action: 'board.control', by: 'staff' } as const;
const votes = { action: 'vote.control', by: 'staff' } as const;
const dots = { action: 'vote.cast', by: 'participant' } as const;

export const BOARD_HANDLERS: Handlers<keyof typeof BOARD_COMMANDS> = {
  'note:add': handle({ ...write, commandId: byCreatedId, decide: (s, who, i, now) => addNote(s, who, i, now) }),
  'note:edit': handle({ ...write, commandId: byCommandId, decide: (s, who, i, now) => editNote(s, who, i, now) }),
  'note:delete': handle({
    ...write,
    commandId: byCommandId,
    decide: (s, who, i, now) => deleteNote(s, who, i.noteId, now),
  }),
  'note:hide': handle({ ...moderate, commandId: byCommandId, decide: (s, _, i, now) => hideNote(s, i.noteId, now) }),
  'notes:hide': handle({ ...moderate, commandId: byCommandId, decide: (s, _, i, now) => hideNotes(s, i.noteIds, now) }),
  'notes:delete': handle({
    ...moderate,
    commandId: byCommandId,
    decide: (s, _, i, now) => deleteNotes(s, i.noteIds, now),
  }),
  'notes:move': handle({ ...groups, commandId: byCommandId, decide: (s, _, i, now) => moveNotes(s, i, now) }),
  'group:create': handle({ ...groups, commandId: byCreatedId, decide: (s, _, i) => createGroup(s, i) }),
  'group:rename': handle({
    ...groups,
    commandId: byCommandId,
    decide: (s, _, i, now) => renameGroup(s, i.groupId, i.title, now),
  }),
  'group:delete': handle({
    ...groups,
    commandId: byCommandId,
    decide: (s, _, i, now) => deleteGroup(s, i.groupId, now),
  }),
  'board:mode': handle({
    ...control,
    commandId: byCommandId,
    decide: (s, _, i) => changeBoardMode(s, i.boardId, i.mode, i.remoteWriting),
  }),
  'board:reveal': handle({ ...control, commandId: byCommandId, decide: (s, _, i) => revealBoard(s, i.boardId) }),
  'board:anonymous': handle({
    action: 'board.anonymity',
    by: 'staff',
    commandId: byCommandId,
    decide: (s, _, i) => setAnonymous(s, i.boardId, i.anonymous),
  }),
  'vote:open': handle({
    ...votes,
    commandId: byCommandId,
    decide: (s, _, i, now) => openVoteRound(s, i.boardId, i, now),
  }),
  'vote:close': handle({
    ...votes,
    commandId: byCommandId,
    decide: (s, _, i, now) => closeVoteRound(s, i.boardId, now),
  }),
  'vote:cast': handle({
    ...dots,
    commandId: byCommandId,
    decide: (s, who, i) => castVote(s, who.participant.id, i.boardId, i.noteId),
  }),
  'vote:retract': handle({
    ...dots,
    commandId: byCommandId,
    decide: (s, who, i) => retractVote(s, who.participant.id, i.boardId, i.noteId),
  }),
  'focus:set': handle({
    action: 'focus.set',
    by: 'staff',
    commandId: byCommandId,
    decide: (s, _, i) => setFocus(s, i.focus),
  }),
  'undo:last': handle({ action: 'undo', by: 'staff', commandId: byCommandId, decide: (s) => undoLast(s) }),
};
