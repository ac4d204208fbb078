/** The newest visible notes, newest first: what a remote follower reads to keep up. */
import { useContent } from '../i18n/content.ts';
import type { Note } from '../../../shared/model.ts';
import { useT } from '../i18n/t.ts';
import './feed.css';
import { useWorkshop } from '../stores/workshop.ts';
import { byLine } from './by-line.ts';

const FEED_SIZE = 15;

export function newestNotes(notes: Record<string, Note> | undefined, count: number): Note[] {
  return Object.values(notes ?? {})
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, count);
}

export function NoteFeed() {
  const t = useT();
  const tc = useContent();
  const notes = useWorkshop((s) => s.state?.notes);
  const boards = useWorkshop((s) => s.state?.boards);
  const feed = newestNotes(notes, FEED_SIZE);
  return (
    <section aria-labelledby="feed-heading" className="feed">
      <h2 id="feed-heading">{t('section.feed')}</h2>
      {feed.length === 0 ? (
        <p className="muted">{t('feed.empty')}</p>
      ) : (
        <ol className="feed-list" data-testid="note-feed">
          {feed.map((n) => (
            <li key={n.id} className="feed-note">
              <p className="note-text">{n.text}</p>
              <p className="muted feed-meta">
                {tc(boards?.[n.boardId]?.title ?? '')} · {byLine(t, n)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
