/** The projector's Q&A view: the most upvoted waiting questions of the talk live now, large enough for the back row. */
import { openQuestions } from '../../../../shared/question-order.ts';
import { useT } from '../../i18n/t.ts';
import { useLiveTalk } from './use-talk.ts';
import './questions.css';

export function TopQuestions({ limit = 5 }: { limit?: number }) {
  const t = useT();
  const talk = useLiveTalk();
  if (!talk) return null;
  const top = openQuestions(talk.questions, talk.talkIds).slice(0, limit);
  return (
    <section className="top-questions" aria-labelledby="top-questions-heading" data-testid="top-questions">
      <h2 id="top-questions-heading">{t('questions.top')}</h2>
      {top.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
      ) : (
        <ol>
          {top.map((q) => (
            <li key={q.id}>
              <span className="top-question-count">
                <span aria-hidden="true">{q.upvotes}</span>
                <span className="visually-hidden">{t('questions.upvotes', { count: q.upvotes })}</span>
              </span>
              <span className="top-question-text">{q.text}</span>
              <span className="top-question-who muted">{q.organisation}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
