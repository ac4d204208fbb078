/** The report's sections about people: expectations and their review, questions per talk, attendance. */
import type { PublicState } from '../../shared/model.ts';
import { NO_TALK } from '../../shared/question-order.ts';
import { boardOrder, talkTitles } from './report-agenda.ts';
import type { ReportAttendance, ReportExpectation, ReportTalk } from './report-model.ts';
import { isCurrent } from './people.ts';
import type { PrivateState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';
import { isAnonymousNote } from '../../shared/anonymity.ts';

/** Every expectation, board by board in agenda order, oldest first, with its tally, verdict and action. */
export function reportExpectations(pub: PublicState): ReportExpectation[] {
  const boards = boardOrder(pub.room, Object.keys(pub.boards)).filter(
    (id) => ownEntry(pub.boards, id)?.kind === 'expectations',
  );
  return boards.flatMap((boardId) =>
    Object.values(pub.notes)
      .filter((n) => n.boardId === boardId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => {
        const r = ownEntry(pub.expectationResults, n.id);
        return {
          id: n.id,
          text: n.text,
          author: n.authorName,
          organisation: n.organisation,
          ...(isAnonymousNote(n) ? { anonymous: true as const } : {}),
          met: r?.met ?? 0,
          partly: r?.partly ?? 0,
          notMet: r?.notMet ?? 0,
          verdict: r?.verdict ?? null,
          action: r?.action ?? null,
        };
      }),
  );
}

/** Questions grouped by talk in agenda order, most upvoted first; questions asked before the day started come last. */
export function reportQuestions(pub: PublicState): ReportTalk[] {
  const titles = talkTitles(pub.room);
  const questions = Object.values(pub.questions).sort((a, b) => b.upvotes - a.upvotes || a.createdAt - b.createdAt);
  const talkIds = [...titles.keys(), NO_TALK, ...new Set(questions.map((q) => q.talkId))];
  return [...new Set(talkIds)]
    .map((talkId) => ({
      talkId,
      title: titles.get(talkId) ?? 'Before the agenda started',
      questions: questions
        .filter((q) => q.talkId === talkId)
        .map((q) => ({
          id: q.id,
          text: q.text,
          author: q.authorName,
          organisation: q.organisation,
          upvotes: q.upvotes,
          status: q.status,
        })),
    }))
    .filter((t) => t.questions.length > 0);
}

/** Who joined (and was not removed), in the room and remote, by organisation (most people first). */
export function reportAttendance(priv: PrivateState): ReportAttendance {
  // Someone the facilitator removed (a mistaken or unwanted join) is not counted as attending,
  // and a person merged from two identities is counted once.
  const people = Object.values(priv.participants).filter(isCurrent);
  const orgs = new Map<string, { name: string; room: number; remote: number }>();
  for (const p of people) {
    const key = p.organisation.trim().toLocaleLowerCase('en');
    const o = orgs.get(key) ?? { name: p.organisation.trim(), room: 0, remote: 0 };
    o[p.attendance] += 1;
    orgs.set(key, o);
  }
  const room = people.filter((p) => p.attendance === 'room').length;
  const organisations = [...orgs.values()].sort(
    (a, b) => b.room + b.remote - (a.room + a.remote) || a.name.localeCompare(b.name),
  );
  return { total: people.length, room, remote: people.length - room, organisations };
}
