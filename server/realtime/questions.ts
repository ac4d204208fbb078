/** Socket.IO commands for questions to the speakers. */
import { fail } from '../../shared/errors.ts';
import { AskInput, ModerateQuestionInput, UpvoteInput } from '../../shared/schemas/questions.ts';
import { askQuestion, moderateQuestion, upvoteQuestion } from '../domain/questions.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the question commands on one socket. */
export async function registerQuestions(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const code = () => socket.data.code;

  onCommand(socket, ctx, 'question:ask', { schema: AskInput, action: 'question.ask' }, async (input, actor) => {
    const p = actor.participant;
    if (!p) return fail('not_joined');
    return ctx.hub.execute(
      code(),
      { type: 'question:ask', actor: p.id, commandId: input.id, payload: input },
      (s, now) => askQuestion(s, p, input, now),
    );
  });
  onCommand(
    socket,
    ctx,
    'question:upvote',
    { schema: UpvoteInput, action: 'question.upvote' },
    async (input, actor) => {
      const p = actor.participant;
      if (!p) return fail('not_joined');
      return ctx.hub.execute(code(), { type: 'question:upvote', actor: p.id, payload: input }, (s, now) =>
        upvoteQuestion(s, p, input, now),
      );
    },
  );
  onCommand(
    socket,
    ctx,
    'question:moderate',
    { schema: ModerateQuestionInput, action: 'question.moderate' },
    async (input) =>
      ctx.hub.execute(code(), { type: 'question:moderate', actor: 'facilitator', payload: input }, (s, now) =>
        moderateQuestion(s, input, now),
      ),
  );

  await sendMyUpvotes(socket, ctx);
}

/** Sends a participant the questions they upvoted on connect, so a reloaded phone shows them. */
async function sendMyUpvotes(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const w = await ctx.hub.get(socket.data.code);
  const pid = socket.data.participantId;
  if (!w || !pid) return;
  socket.emit(
    'upvotes:mine',
    Object.values(w.state.priv.upvotes).flatMap((u) => (u.participantId === pid ? [u.questionId] : [])),
  );
}
