/** Questions to the speakers: asked during a talk, upvoted by others, answered or parked by the facilitator. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Question, QuestionId } from '../../shared/model.ts';
import { liveTalkId } from '../../shared/question-order.ts';
import {
  QUESTION_LIMITS,
  type AskInput,
  type ModerateQuestionInput,
  type UpvoteInput,
} from '../../shared/schemas/questions.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { hasEntry, ownEntry } from '../../shared/ids.ts';

function withQuestion(s: WorkshopState, q: Question): WorkshopState {
  return { ...s, pub: { ...s.pub, questions: { ...s.pub.questions, [q.id]: q } } };
}

function checkRoom(s: WorkshopState, p: Participant): Result<null> {
  const all = Object.values(s.pub.questions);
  if (all.length >= QUESTION_LIMITS.perWorkshop)
    return fail('limit_reached', 'this workshop holds as many questions as it can');
  if (all.filter((q) => q.authorId === p.id).length >= QUESTION_LIMITS.perParticipant)
    return fail('limit_reached', 'you have asked as many questions as you can');
  return ok(null);
}

/** A participant asks a question of the talk live now (the activity, or the segment when it has none). */
export function askQuestion(
  s: WorkshopState,
  p: Participant,
  input: AskInput,
  now: number,
): Result<Decision<{ id: QuestionId; talkId: string }>> {
  const board = ownEntry(s.pub.boards, input.boardId);
  if (board?.kind !== 'questions') return fail('not_found', 'no questions board with this id');
  if (!s.pub.room.activeBoardIds.includes(board.id)) return fail('board_closed');
  if (board.mode === 'locked') return fail('board_locked');
  if (p.attendance === 'remote' && !board.remoteWriting) return fail('remote_writing_closed');
  if (ownEntry(s.pub.questions, input.id)) return fail('conflict', 'a question with this id exists');
  const room = checkRoom(s, p);
  if (!room.ok) return room;
  const q: Question = {
    id: input.id,
    boardId: board.id,
    talkId: liveTalkId(s.pub.room.live),
    text: input.text,
    authorId: p.id,
    authorName: p.name,
    organisation: p.organisation,
    upvotes: 0,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  };
  return ok({ state: withQuestion(s, q), value: { id: q.id, talkId: q.talkId } });
}

/** Adds or takes back one person's upvote; asking for the state one already has changes nothing. */
export function upvoteQuestion(
  s: WorkshopState,
  p: Participant,
  input: UpvoteInput,
  now: number,
): Result<Decision<{ upvoted: boolean; upvotes: number }>> {
  const q = ownEntry(s.pub.questions, input.id);
  if (!q) return fail('not_found', 'no such question');
  if (q.authorId === p.id) return fail('own_question', 'the room upvotes a question, not its asker');
  const key = `${q.id}:${p.id}`;
  const had = hasEntry(s.priv.upvotes, key);
  if (had === input.up) return ok({ state: s, value: { upvoted: had, upvotes: q.upvotes } });
  if (q.status !== 'open') return fail('conflict', 'this question is no longer open');
  const { [key]: _dropped, ...others } = s.priv.upvotes;
  const upvotes = input.up ? { ...others, [key]: { questionId: q.id, participantId: p.id } } : others;
  const next = { ...q, upvotes: q.upvotes + (input.up ? 1 : -1), updatedAt: now };
  return ok({
    state: withQuestion({ ...s, priv: { ...s.priv, upvotes } }, next),
    value: { upvoted: input.up, upvotes: next.upvotes },
  });
}

/** The facilitator marks a question answered, parks it for later, or reopens it. */
export function moderateQuestion(s: WorkshopState, input: ModerateQuestionInput, now: number): Result<Decision<null>> {
  const q = ownEntry(s.pub.questions, input.id);
  if (!q) return fail('not_found', 'no such question');
  if (q.status === input.status) return ok({ state: s, value: null });
  return ok({ state: withQuestion(s, { ...q, status: input.status, updatedAt: now }), value: null });
}
