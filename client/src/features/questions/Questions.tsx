/**
 * Questions to the talk live now: participants ask and upvote; the facilitator marks them
 * answered or parks them. Waiting questions come first, most upvoted on top.
 */
import { useContent } from '../../i18n/content.ts';
import { byStatusAndUpvotes } from '../../../../shared/question-order.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { AskQuestion } from './AskQuestion.tsx';
import { QuestionItem } from './QuestionItem.tsx';
import { useLiveTalk } from './use-talk.ts';
import './questions.css';

export function Questions({ boardId = 'questions' }: { boardId?: string }) {
  const t = useT();
  const tc = useContent();
  const talk = useLiveTalk();
  const role = useConnection((s) => s.session?.role);
  const board = useWorkshop((s) => s.state?.boards[boardId] ?? null);
  const active = useWorkshop((s) => s.state?.room.activeBoardIds.includes(boardId) ?? false);
  if (!talk || !board) return null;
  const canAsk = role === 'participant' && active && board.mode !== 'locked';
  const list = [...talk.questions].sort(byStatusAndUpvotes);
  const itemRole = role === 'facilitator' ? 'facilitator' : role === 'participant' ? 'participant' : 'viewer';
  return (
    <section className="questions" aria-labelledby="questions-heading" data-testid="questions">
      <h2 id="questions-heading">{t('questions.title')}</h2>
      <p className="question-talk" data-talk={talk.id}>
        {talk.title ? tc(talk.title) : t('questions.general')}
      </p>
      {canAsk ? (
        <AskQuestion boardId={boardId} />
      ) : (
        role === 'participant' && <p className="muted">{t('questions.closed')}</p>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
      ) : (
        <ol className="question-list">
          {list.map((q) => (
            <QuestionItem key={q.id} question={q} role={itemRole} talk={talk.talkOf(q) && tc(talk.talkOf(q) ?? '')} />
          ))}
        </ol>
      )}
    </section>
  );
}
