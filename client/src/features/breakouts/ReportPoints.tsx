/**
 * Report-back on the phone: the group on the projector now, its points, and a "+1" on another
 * group's point (again takes it back). Whether this person +1'd a point is known only to this
 * page (the document keeps counts, not who), so the pressed state is the page's own.
 */
import { useState } from 'react';
import type { Breakout } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { toggleIn } from './group-rules.ts';

export function ReportPoints({ breakout, mine }: { breakout: Breakout; mine: string | null }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [plussed, setPlussed] = useState<string[]>([]);
  const group = breakout.groups[breakout.reportIndex];
  if (!group) return null;
  const points = breakout.points.filter((p) => p.groupId === group.id);
  const plus = async (noteId: string) => {
    if ((await run((i) => breakoutIntents(i).plus(noteId))).ok) setPlussed((p) => toggleIn(p, noteId));
  };
  return (
    <section className="card report-points" aria-label={t('breakouts.reportBack')} data-testid="report-points">
      <p className="muted">
        {t('groupwork.reportBack', { index: breakout.reportIndex + 1, count: breakout.groups.length })}
      </p>
      <h2>{groupName(t, group)}</h2>
      {points.length === 0 && <p className="muted">{t('groupwork.noPoints')}</p>}
      <ul className="stack-list">
        {points.map((p) => (
          <li key={p.noteId} className="report-point">
            <span className="note-text">{p.text}</span>
            {p.groupId === mine ? (
              <span className="muted">{t('groupwork.plusOnes', { count: p.plusOnes })}</span>
            ) : (
              <button
                type="button"
                className={plussed.includes(p.noteId) ? '' : 'secondary'}
                aria-pressed={plussed.includes(p.noteId)}
                aria-label={t('breakouts.plusOne', { text: p.text })}
                disabled={busy}
                onClick={() => void plus(p.noteId)}
              >
                +1 · {p.plusOnes}
              </button>
            )}
          </li>
        ))}
      </ul>
      <CommandError refusal={refusal} />
    </section>
  );
}
