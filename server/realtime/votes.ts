/** Socket.IO commands of dot voting: the facilitator opens and closes, participants cast and retract. */
import { fail, ok } from '../../shared/errors.ts';
import { BoardRefInput, VoteDotInput, VoteOpenInput } from '../../shared/schemas/boards.ts';
import { castVote, closeVote, openVote, retractVote } from '../domain/votes.ts';
import { runAs } from './board-actor.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the vote commands on one socket. */
export async function registerVotes(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const control = { action: 'vote.control' } as const;
  onCommand(socket, ctx, 'vote:open', { schema: VoteOpenInput, ...control }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'vote:open', payload: input }, () => (s, now) => {
      if (!s.pub.boards[input.boardId]) return fail('not_found');
      return ok({ state: openVote(s, input.boardId, input, now), value: null });
    }),
  );
  onCommand(socket, ctx, 'vote:close', { schema: BoardRefInput, ...control }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'vote:close', payload: input }, () => (s, now) => {
      if (s.pub.votes[input.boardId]?.status !== 'open') return fail('vote_not_open');
      return ok({ state: closeVote(s, input.boardId, now), value: null });
    }),
  );

  const cast = { action: 'vote.cast' } as const;
  onCommand(socket, ctx, 'vote:cast', { schema: VoteDotInput, ...cast }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'vote:cast', payload: input },
      (who) => (s) =>
        who.role === 'participant' ? castVote(s, who.participant.id, input.boardId, input.noteId) : fail('forbidden'),
    ),
  );
  onCommand(socket, ctx, 'vote:retract', { schema: VoteDotInput, ...cast }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'vote:retract', payload: input },
      (who) => (s) =>
        who.role === 'participant'
          ? retractVote(s, who.participant.id, input.boardId, input.noteId)
          : fail('forbidden'),
    ),
  );
}
