/**
 * The breakout commands, kept with their screens rather than in net/commands.ts: the phone
 * downloads them only with the group screen (its route is at its size budget).
 */
import type { BreakoutPlan } from '../../../../shared/breakouts.ts';
import type { NoteId } from '../../../../shared/model.ts';
import { newId as id, type Intents } from '../../net/commands.ts';

/** What a facilitator, a member or a rapporteur does in groups, on `intents`' connection. */
export function breakoutIntents({ send }: Intents) {
  return {
    start: (boardIds: string[], plan: BreakoutPlan) => send('breakout:start', { id: id(), boardIds, plan }),
    /** Hand assignment: every selected person into one group (null: out of every group), one command. */
    assign: (moves: Array<{ participantId: string; groupId: string | null }>) =>
      send('breakout:assign', { commandId: id(), moves }),
    table: (table: string) => send('breakout:table', { commandId: id(), table }),
    rapporteur: (groupId: string, participantId: string | null) =>
      send('breakout:rapporteur', { commandId: id(), groupId, participantId }),
    message: (text: string | null) => send('breakout:message', { commandId: id(), text }),
    top: (groupId: string, noteIds: NoteId[]) => send('breakout:top', { commandId: id(), groupId, noteIds }),
    cluster: (boardId: string, title: string) => send('breakout:cluster', { id: id(), boardId, title }),
    move: (noteIds: NoteId[], groupId: string | null) => send('breakout:move', { commandId: id(), noteIds, groupId }),
    report: (index: number) => send('breakout:report', { commandId: id(), index }),
    plus: (noteId: NoteId) => send('breakout:plus', { commandId: id(), noteId }),
    merge: (combine: NoteId[][]) => send('breakout:merge', { commandId: id(), combine }),
  };
}
