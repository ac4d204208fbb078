/**
 * Questions on the room screen: the open questions of the live talk (in a session's Q&A, of all
 * its talks), most upvoted first, every one of them, paged; answered and parked ones are counted.
 */
import { useContent } from '../../i18n/content.ts';
import { openQuestions } from '../../../../shared/question-order.ts';
import { FlowPager } from '../../features/paging/FlowPager.tsx';
import { useLiveTalk } from '../../features/questions/use-talk.ts';
import { useT } from '../../i18n/t.ts';
import { BoardHeading } from './BoardHeading.tsx';

export function QuestionsFlow() {
  const t = useT();
  const tc = useContent();
  const talk = useLiveTalk();
  if (!talk) return null;
  const open = openQuestions(talk.questions, talk.talkIds);
  const answered = talk.questions.filter((q) => q.status === 'answered').length;
  const parked = talk.questions.filter((q) => q.status === 'parked').length;
  return (
    <section className="pboard" data-testid="top-questions">
      <BoardHeading
        title={t('questions.top')}
        prompt={answered + parked > 0 ? t('questions.dealtWith', { answered, parked }) : undefined}
      />
      {open.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
      ) : (
        <FlowPager
          sections={[{ id: 'open', title: '' }]}
          items={open.map((q) => ({
            key: q.id,
            section: 'open',
            node: (
              <article className="pquestion" data-question={q.id}>
                <span className="pquestion-count">
                  <span aria-hidden="true">{q.upvotes}</span>
                  <span className="visually-hidden">{t('questions.upvotes', { count: q.upvotes })}</span>
                </span>
                <div>
                  <p className="pnote-text">{q.text}</p>
                  <p className="pnote-author">
                    {q.organisation}
                    {talk.talkOf(q) && ` · ${t('questions.askedIn', { talk: tc(talk.talkOf(q) ?? '') })}`}
                  </p>
                </div>
              </article>
            ),
          }))}
          minColumnEm={18}
          maxColumns={2}
          testId="questions-pager"
        />
      )}
    </section>
  );
}
