/** Schedules of participant commands: notes at a steady rate, dots within a budget. */
import type { CommandInput } from '../shared/commands.ts';
import type { NoteAddInput } from '../shared/schemas/boards.ts';
import type { Scheduled } from './protocol.ts';

export interface BoardColumn {
  id: string;
  column: string;
}

/** Session 3's two writing boards, each with the column notes go to. */
export const SESSION3_BOARDS: BoardColumn[] = [
  { id: 'challenges', column: 'Markets and trade' },
  { id: 'opportunities', column: 'Partnerships' },
];

/**
 * The product allows 10 notes per participant per 10 s (a sliding window on server time), so
 * one participant posts at most every 1.05 s here; a rate that needs more is capped and the
 * achieved rate is reported.
 */
const MIN_SPACING_MS = 1050;

/** `rate` notes per second for `durationMs`, round-robin over participants and boards. */
export function noteSchedule(
  participants: number,
  rate: number,
  durationMs: number,
  prefix: string,
): { commands: Scheduled[]; rate: number } {
  const achieved = Math.min(rate, (participants * 1000) / MIN_SPACING_MS);
  const count = Math.max(1, Math.round((achieved * durationMs) / 1000));
  const commands = Array.from({ length: count }, (_, k): Scheduled => {
    const board = SESSION3_BOARDS[k % SESSION3_BOARDS.length]!;
    const id = `${prefix}${k}`;
    const input: NoteAddInput = {
      id,
      boardId: board.id,
      column: board.column,
      text: `Note ${k} from the bench: ${'a coop-to-coop idea worth trying '.repeat(2).trim()}`,
    };
    return { at: (k * 1000) / achieved, participant: k % participants, event: 'note:add', input, id };
  });
  return { commands, rate: Math.round(achieved * 10) / 10 };
}

/** Every participant spends `budget` dots on distinct notes of `boardId`, `rate` casts per second overall. */
export function voteSchedule(
  participants: number,
  budget: number,
  noteIds: string[],
  boardId: string,
  rate: number,
): Scheduled[] {
  const out: Scheduled[] = [];
  for (let d = 0; d < budget; d++)
    for (let p = 0; p < participants; p++) {
      const k = out.length;
      const noteId = noteIds[(p * budget + d) % noteIds.length]!;
      const input: CommandInput<'vote:cast'> = { boardId, noteId, commandId: `dot${k}` };
      out.push({ at: (k * 1000) / rate, participant: p, event: 'vote:cast', input, id: `dot${k}` });
    }
  return out;
}
