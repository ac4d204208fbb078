/** One question: its text and asker, the upvote toggle for participants, answered/parked for the facilitator. */
import type { Question } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { setMyUpvote, useMyUpvotes } from '../../stores/questions.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { byLine } from '../../ui/by-line.ts';

export function QuestionItem({
  question: q,
  role,
  talk,
}: {
  question: Question;
  role: 'participant' | 'facilitator' | 'viewer';
  /** The talk it was asked in, shown where a Q&A gathers several. */
  talk: string | null;
}) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const upvoted = useMyUpvotes((s) => s.upvoted.has(q.id));
  // The room upvotes a question; its asker sees the count, not a button the server would refuse.
  const mine = useConnection((s) => s.session?.participantId === q.authorId);

  async function toggle() {
    const r = await run((c) => c.questions.upvote(q.id, !upvoted));
    if (r.ok) setMyUpvote(q.id, r.value.upvoted);
  }
  const moderate = (status: Question['status']) => run((c) => c.questions.moderate(q.id, status));

  return (
    <li
      className={`question question-${q.status}`}
      data-question={q.id}
      data-status={q.status}
      data-upvotes={q.upvotes}
    >
      {talk && <p className="question-of muted">{t('questions.askedIn', { talk })}</p>}
      <p className="question-text">{q.text}</p>
      <p className="question-meta muted">
        {byLine(t, q)} · {t('questions.upvotes', { count: q.upvotes })}
        {q.status !== 'open' && (
          <strong> · {t(q.status === 'answered' ? 'questions.answered' : 'questions.parked')}</strong>
        )}
      </p>
      <div className="question-actions">
        {role === 'participant' && q.status === 'open' && !mine && (
          <button
            type="button"
            className={upvoted ? '' : 'secondary'}
            aria-pressed={upvoted}
            disabled={busy}
            onClick={toggle}
            data-action="upvote"
          >
            {t(upvoted ? 'questions.upvoted' : 'questions.upvote')}
          </button>
        )}
        {role === 'facilitator' && q.status !== 'answered' && (
          <button type="button" disabled={busy} onClick={() => moderate('answered')} data-action="answered">
            {t('questions.markAnswered')}
          </button>
        )}
        {role === 'facilitator' && q.status !== 'parked' && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => moderate('parked')}
            data-action="parked"
          >
            {t('questions.park')}
          </button>
        )}
        {role === 'facilitator' && q.status !== 'open' && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => moderate('open')}
            data-action="reopen"
          >
            {t('questions.reopen')}
          </button>
        )}
      </div>
      <CommandError refusal={refusal} />
    </li>
  );
}
