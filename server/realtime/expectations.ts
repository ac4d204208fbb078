/** Socket.IO commands of the closing review: the facilitator steers and records verdicts, participants rate. */
import { fail } from '../../shared/errors.ts';
import type { NoteId, Rating } from '../../shared/model.ts';
import { RateInput, ReviewSetInput, VerdictInput } from '../../shared/schemas/expectations.ts';
import { rateExpectation, recordVerdict, setReview } from '../domain/expectations.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the expectations review commands on one socket. */
export async function registerExpectations(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const code = () => socket.data.code;

  onCommand(socket, ctx, 'review:set', { schema: ReviewSetInput, action: 'expectation.review' }, async (input) =>
    ctx.hub.execute(code(), { type: 'review:set', actor: 'facilitator', payload: input }, (s) => setReview(s, input)),
  );
  onCommand(socket, ctx, 'expectation:verdict', { schema: VerdictInput, action: 'expectation.review' }, async (input) =>
    ctx.hub.execute(code(), { type: 'expectation:verdict', actor: 'facilitator', payload: input }, (s, now) =>
      recordVerdict(s, input, now),
    ),
  );
  onCommand(
    socket,
    ctx,
    'expectation:rate',
    { schema: RateInput, action: 'expectation.rate' },
    async (input, actor) => {
      const p = actor.participant;
      if (!p) return fail('not_joined');
      return ctx.hub.execute(code(), { type: 'expectation:rate', actor: p.id, payload: input }, (s, now) =>
        rateExpectation(s, p, input, now),
      );
    },
  );

  await sendMyRatings(socket, ctx);
}

/** Sends a participant's own ratings on connect, so a reloaded phone shows what it chose. */
async function sendMyRatings(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const w = await ctx.hub.get(socket.data.code);
  const pid = socket.data.participantId;
  if (!w || !pid) return;
  const mine: Record<NoteId, Rating> = {};
  for (const r of Object.values(w.state.priv.ratings)) if (r.participantId === pid) mine[r.noteId] = r.rating;
  socket.emit('ratings:mine', mine);
}
