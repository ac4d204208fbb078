/**
 * Simulated participants for a rehearsal: each is a real participant connection (its own
 * socket, joined by name through `session:join`), sending what `nextMove` decides through the
 * same commands and limits as a phone, at a human pace. Bounded in number and pace.
 */
import type { PublicState } from '../../../../shared/model.ts';
import { newId, newJoinAttempt } from '../../net/commands.ts';
import { openParticipantSocket } from '../../net/participant-socket.ts';
import type { Locale } from '../../stores/locale.ts';
import { SIM_WORDS } from './phrases.ts';
import { emptyMemory, nextMove, remember, type SimMemory } from './simulated-moves.ts';

export const SIM_MAX = 30;
/** A person's pause between two moves, on average: reading, thinking, typing. */
export const SIM_PACE_MS = 4000;

export interface RehearsalOptions {
  code: string;
  count: number;
  /** The workshop's languages: simulated people are spread over them. */
  locales: readonly Locale[];
  /** The room as the console sees it now. */
  room: () => PublicState | null;
  paceMs?: number;
}

/** Starts the simulated participants; the answer stops them all (their sockets close). */
export function startRehearsal(opts: RehearsalOptions): () => void {
  const count = Math.max(1, Math.min(SIM_MAX, Math.floor(opts.count)));
  const pace = Math.max(1000, opts.paceMs ?? SIM_PACE_MS);
  const stops = Array.from({ length: count }, (_, i) => simulate(opts, i, pace));
  return () => {
    for (const stop of stops) stop();
  };
}

function simulate(opts: RehearsalOptions, i: number, pace: number): () => void {
  const locale = opts.locales[i % opts.locales.length] ?? 'en';
  const words = SIM_WORDS[locale];
  let memory: SimMemory = emptyMemory();
  let joined = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const socket = openParticipantSocket(opts.code, () => {
    if (timer === null) timer = setTimeout(step, Math.random() * pace);
  });
  const send = socket.send;
  const name = `${words.names[i % words.names.length]} (sim ${i + 1})`;
  const organisation = words.organisations[i % words.organisations.length]!;

  async function step() {
    if (!joined) {
      const r = await send('session:join', newJoinAttempt({ name, organisation, attendance: 'room' }));
      joined = r.ok;
    } else {
      const room = opts.room();
      const move = room && nextMove(room, memory, words, Math.random);
      if (room && move) {
        memory = remember(room, memory, move);
        if (move.kind === 'note')
          await send('note:add', { id: newId(), boardId: move.boardId, column: move.column, text: move.text });
        else if (move.kind === 'vote')
          await send('vote:cast', { commandId: newId(), boardId: move.boardId, noteId: move.noteId });
        else if (move.kind === 'rate')
          await send('expectation:rate', { commandId: newId(), noteId: move.noteId, rating: move.rating });
        else
          await send('commitment:propose', { id: newId(), boardId: move.boardId, kind: move.column, text: move.text });
      }
    }
    timer = setTimeout(step, pace * (0.5 + Math.random()));
  }
  return () => {
    if (timer !== null) clearTimeout(timer);
    socket.close();
  };
}
