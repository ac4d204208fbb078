/**
 * The merge: every group's board into the plenary one, in one command (undone by the console's
 * undo). Before it, the facilitator may tick notes from different groups that say the same and
 * combine them: each set becomes one note that lists its sources.
 */
import { useState } from 'react';
import type { Breakout } from '../../../../shared/breakouts.ts';
import type { NoteId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useGroupBoards } from '../../stores/my-board.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { addDuplicateSet, toggleIn, type NotePlace } from './group-rules.ts';

export function MergeControls({ breakout: b }: { breakout: Breakout }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const notes = useGroupBoards((s) => s.notes);
  const boards = useWorkshop((s) => s.state?.boards);
  const [ticked, setTicked] = useState<NoteId[]>([]);
  const [sets, setSets] = useState<NoteId[][]>([]);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const placeOf = (id: NoteId): NotePlace | undefined => {
    const copy = boards?.[byId.get(id)?.boardId ?? '']?.copyOf;
    return copy && copy.breakoutId === b.id ? { groupId: copy.groupId, sourceId: copy.sourceId } : undefined;
  };
  const nameOf = new Map(b.groups.map((g) => [g.id, groupName(t, g)]));
  const combined = new Set(sets.flat());
  const listed = notes.filter((n) => placeOf(n.id) && !combined.has(n.id));
  const next = addDuplicateSet(sets, ticked, placeOf);
  const combine = () => {
    if (!next) return;
    setSets(next);
    setTicked([]);
  };
  const merge = async () => {
    if ((await run((i) => breakoutIntents(i).merge(sets))).ok) setSets([]);
  };
  return (
    <div className="merge-controls">
      <details className="duplicates">
        <summary>{t('breakouts.duplicates')}</summary>
        <p className="muted">{t('breakouts.duplicatesHint')}</p>
        <ul className="duplicate-notes">
          {listed.map((n) => (
            <li key={n.id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked.includes(n.id)}
                  onChange={() => setTicked((s) => toggleIn(s, n.id))}
                />
                {t('breakouts.note', { group: nameOf.get(placeOf(n.id)!.groupId) ?? '', text: n.text })}
              </label>
            </li>
          ))}
        </ul>
        <button type="button" className="secondary" disabled={!next} onClick={combine}>
          {t('breakouts.combine')}
        </button>
        <ol className="duplicate-sets">
          {sets.map((set, i) => (
            <li key={set.join()}>
              {t('breakouts.set', { texts: set.map((id) => byId.get(id)?.text ?? '').join(' / ') })}{' '}
              <button type="button" className="button-quiet" onClick={() => setSets(sets.filter((s) => s !== set))}>
                {t('breakouts.removeSet', { index: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
      </details>
      <button type="button" disabled={busy} onClick={() => void merge()}>
        {t('breakouts.merge')}
      </button>
      <CommandError refusal={refusal} />
    </div>
  );
}
