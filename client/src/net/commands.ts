/**
 * The one way the client sends a command. Each intent names what a person does, makes the
 * command's id (so a resend after a lost answer is answered, never applied twice) and sends
 * it; note writing goes through the outbox, which keeps it across reloads and outages.
 */
import type { Socket } from 'socket.io-client';
import type { CommandInput, CommandName, CommandValue } from '../../../shared/commands.ts';
import { fail, type Result } from '../../../shared/errors.ts';
import type { BoardMode, Focus, NoteId, Rating, Timer } from '../../../shared/model.ts';
import type { AgendaEditInput } from '../../../shared/schemas/agenda-commands.ts';
import type { Outbox } from './outbox.ts';

export type SendCommand = <E extends CommandName>(event: E, input: CommandInput<E>) => Promise<Result<CommandValue<E>>>;

/** What of a Socket.IO socket sending needs: acknowledgements arrive as data off the wire. */
interface AckEmitter {
  connected: boolean;
  timeout(ms: number): { emitWithAck(event: string, input: unknown): Promise<unknown> };
}

/** Sends over `socket`; answers `offline` when not connected or when no answer comes within `timeoutMs`. */
export function commandSender(socket: Socket | AckEmitter, timeoutMs = 10_000): SendCommand {
  const emitter: AckEmitter = socket;
  return <E extends CommandName>(event: E, input: CommandInput<E>) => {
    if (!emitter.connected) return Promise.resolve(fail<CommandValue<E>>('offline'));
    return emitter
      .timeout(timeoutMs)
      .emitWithAck(event, input)
      .then(
        // The server answers every command with a Result of the table's type (server/realtime/commands.ts).
        (answer) => answer as Result<CommandValue<E>>,
        () => fail<CommandValue<E>>('offline'),
      );
  };
}

/** A fresh id: 128 random bits, URL-safe. `crypto.getRandomValues` works on plain http too (a venue LAN). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** A device token: 256 random bits, URL-safe; the server keeps only its hash. */
function newToken(): string {
  return newId() + newId();
}

/** One try at joining: kept and sent again as it is after a lost answer, so it joins once. */
export type JoinAttempt = CommandInput<'session:join'>;

/** A fresh join with a fresh id and device token. */
export function newJoinAttempt(details: Omit<JoinAttempt, 'commandId' | 'token'>): JoinAttempt {
  return { ...details, commandId: newId(), token: newToken() };
}

const MIN = 60_000;

/** Every intent of the client, bound to one connection's sender and outbox. */
export function createIntents(send: SendCommand, outbox: Outbox, timerStatus: () => Timer['status'] | undefined) {
  const id = () => newId();
  const timer = {
    /** A countdown of `minutes`, or of the preset (the live step's length) when omitted. */
    start: (minutes?: number) =>
      send('timer:start', {
        commandId: id(),
        ...(minutes === undefined ? {} : { durationMs: Math.round(minutes * MIN) }),
      }),
    pause: () => send('timer:pause', { commandId: id() }),
    resume: () => send('timer:resume', { commandId: id() }),
    /** Start, pause or resume, whichever fits the timer now. */
    toggle() {
      const status = timerStatus();
      return status === 'running' ? timer.pause() : status === 'paused' ? timer.resume() : timer.start();
    },
    /** Adds (or, negative, takes away) minutes. */
    adjust: (minutes: number) => send('timer:adjust', { commandId: id(), deltaMs: Math.round(minutes * MIN) }),
    reset: () => send('timer:reset', { commandId: id() }),
  };
  return {
    /** The sender itself, for intents kept in a lazy chunk with their screen (features/breakouts/intents.ts). */
    send,
    join: (attempt: JoinAttempt) => send('session:join', attempt),
    agenda: {
      /** Enters a segment (at its first activity) or one activity. */
      enter: (segmentId: string, activityId: string | null = null) =>
        send('agenda:enter', { commandId: id(), segmentId, activityId }),
      next: () => send('agenda:next', { commandId: id() }),
      previous: () => send('agenda:previous', { commandId: id() }),
      /** Ends the day: the live step ends, votes close, boards lock, the timer stops. */
      finish: () => send('agenda:finish', { commandId: id() }),
      edit: (edit: AgendaEditInput) => send('agenda:edit', { ...edit, commandId: id() }),
      /** Shifts the rest of the day by the drift, shortens what remains to keep the closing time, or starts the plan now. */
      replan: (mode: 'shift' | 'shorten' | 'start') => send('agenda:replan', { commandId: id(), mode }),
      /** What the room screen shows: the drift, the order of the action list. */
      display: (settings: Omit<CommandInput<'room:display'>, 'commandId'>) =>
        send('room:display', { ...settings, commandId: id() }),
    },
    design: {
      /** The workshop's title, date, time zone or venue. */
      describe: (details: Omit<CommandInput<'workshop:describe'>, 'commandId'>) =>
        send('workshop:describe', { ...details, commandId: id() }),
      /** A library method into block `segmentId` at `index`, or (null) as a block of its own at `index`. */
      method: (placed: Omit<CommandInput<'agenda:method'>, 'commandId'>) =>
        send('agenda:method', { ...placed, commandId: id() }),
      createBoard: (board: CommandInput<'board:create'>) => send('board:create', board),
      editBoard: (change: Omit<CommandInput<'board:edit'>, 'commandId'>) =>
        send('board:edit', { ...change, commandId: id() }),
      removeBoard: (boardId: string) => send('board:remove', { commandId: id(), boardId }),
    },
    timer,
    boards: {
      setMode: (boardId: string, mode: BoardMode, remoteWriting?: boolean) =>
        send('board:mode', {
          commandId: id(),
          boardId,
          mode,
          ...(remoteWriting === undefined ? {} : { remoteWriting }),
        }),
      reveal: (boardId: string) => send('board:reveal', { commandId: id(), boardId }),
      /** Whether the board's notes carry no author; only while nothing is written on it. */
      setAnonymous: (boardId: string, anonymous: boolean) =>
        send('board:anonymous', { commandId: id(), boardId, anonymous }),
      /** Puts a board, group or note in the spotlight; null clears it. */
      spotlight: (focus: Focus | null) => send('focus:set', { commandId: id(), focus }),
      undo: () => send('undo:last', { commandId: id() }),
    },
    notes: {
      /** Queued in the outbox: kept and sent later if the connection is down. */
      add: (boardId: string, column: string, text: string) =>
        outbox.enqueue('note:add', { id: id(), boardId, column, text }),
      edit: (noteId: NoteId, text: string) => outbox.enqueue('note:edit', { noteId, text }),
      remove: (noteId: NoteId) => outbox.enqueue('note:delete', { noteId }),
      /** The facilitator's moderation of a selection: one command, one undo. */
      hide: (noteIds: NoteId[]) => send('notes:hide', { commandId: id(), noteIds }),
      delete: (noteIds: NoteId[]) => send('notes:delete', { commandId: id(), noteIds }),
      move: (noteIds: NoteId[], groupId: string | null, column?: string) =>
        send('notes:move', { commandId: id(), noteIds, groupId, ...(column ? { column } : {}) }),
    },
    groups: {
      create: (boardId: string, title: string) => send('group:create', { id: id(), boardId, title }),
      rename: (groupId: string, title: string) => send('group:rename', { commandId: id(), groupId, title }),
      remove: (groupId: string) => send('group:delete', { commandId: id(), groupId }),
    },
    votes: {
      open: (boardId: string, budget: number, allowStacking: boolean) =>
        send('vote:open', { commandId: id(), boardId, budget, allowStacking }),
      close: (boardId: string) => send('vote:close', { commandId: id(), boardId }),
      cast: (boardId: string, noteId: NoteId) => send('vote:cast', { commandId: id(), boardId, noteId }),
      retract: (boardId: string, noteId: NoteId) => send('vote:retract', { commandId: id(), boardId, noteId }),
    },
    roles: {
      setRows: (boardId: string, organisations: string[]) =>
        send('roles:setRows', { commandId: id(), boardId, organisations }),
      setColumns: (boardId: string, columns: string[]) =>
        send('roles:setColumns', { commandId: id(), boardId, columns }),
      importOrganisations: (boardId: string) => send('roles:importOrganisations', { commandId: id(), boardId }),
      propose: (commitment: Omit<CommandInput<'commitment:propose'>, 'id'>) =>
        send('commitment:propose', { ...commitment, id: id() }),
      confirm: (commitmentId: string) => send('commitment:confirm', { commandId: id(), id: commitmentId }),
      edit: (change: Omit<CommandInput<'commitment:edit'>, 'commandId'>) =>
        send('commitment:edit', { ...change, commandId: id() }),
      remove: (commitmentId: string) => send('commitment:remove', { commandId: id(), id: commitmentId }),
    },
    review: {
      set: (change: Omit<CommandInput<'review:set'>, 'commandId'>) =>
        send('review:set', { ...change, commandId: id() }),
      rate: (noteId: NoteId, rating: Rating) => send('expectation:rate', { commandId: id(), noteId, rating }),
      verdict: (change: Omit<CommandInput<'expectation:verdict'>, 'commandId'>) =>
        send('expectation:verdict', { ...change, commandId: id() }),
    },
    questions: {
      ask: (boardId: string, text: string) => send('question:ask', { id: id(), boardId, text }),
      upvote: (questionId: string, up: boolean) => send('question:upvote', { commandId: id(), id: questionId, up }),
      moderate: (questionId: string, status: CommandInput<'question:moderate'>['status']) =>
        send('question:moderate', { commandId: id(), id: questionId, status }),
    },
    hands: {
      /** Raises or lowers this participant's own hand. */
      raise: (up: boolean) => send('hand:raise', { commandId: id(), up }),
      /** Gives the floor to a raised hand, or (null) ends the current turn. */
      floor: (participantId: string | null) => send('queue:floor', { commandId: id(), participantId }),
      skip: (participantId: string) => send('queue:skip', { commandId: id(), participantId }),
      clear: () => send('queue:clear', { commandId: id() }),
      /** Shows or hides the queue on the projector for the live step. */
      display: (shown: boolean) => send('queue:display', { commandId: id(), shown }),
    },
    /** "I'm done" (or not) for the live step. */
    done: (done: boolean) => send('step:done', { commandId: id(), done }),
    react: (target: CommandInput<'reaction:add'>['target'], reaction: CommandInput<'reaction:add'>['reaction']) =>
      send('reaction:add', { commandId: id(), target, reaction }),
    people: {
      promote: (participantId: string) => send('people:promote', { commandId: id(), participantId }),
      demote: (participantId: string) => send('people:demote', { commandId: id(), participantId }),
      remove: (participantId: string) => send('people:kick', { commandId: id(), participantId }),
      merge: (keepId: string, duplicateId: string) => send('people:merge', { commandId: id(), keepId, duplicateId }),
      /** This participant removes themselves; their notes stay without their name, or go. */
      leave: (notes: 'keep' | 'delete') => send('session:leave', { commandId: id(), notes }),
    },
  };
}

export type Intents = ReturnType<typeof createIntents>;
