/**
 * Every group at once on the console, and assignment by hand: tick people (in any group, or
 * not placed yet), choose "Move to group", one breakout:assign. No drag, so it works on a
 * trackpad, a touch screen and a keyboard alike.
 */
import { useMemo, useState } from 'react';
import type { Breakout } from '../../../../shared/breakouts.ts';
import type { PresencePerson } from '../../../../shared/protocol/session.ts';
import { useT } from '../../i18n/t.ts';
import { useGroupBoards, useMyBoard } from '../../stores/my-board.ts';
import { usePresence } from '../../stores/presence.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { useServerNow } from '../../ui/use-now.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { GroupCard, PersonCheck } from './GroupCard.tsx';
import { handMoves, stuckGroupIds, toggleIn } from './group-rules.ts';

const NO_PEOPLE: PresencePerson[] = [];

export function GroupsGrid({ breakout: b }: { breakout: Breakout }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const people = usePresence((s) => s.presence?.people ?? NO_PEOPLE);
  const notes = useGroupBoards((s) => s.notes);
  const commitments = useGroupBoards((s) => s.commitments);
  const heldBy = useMyBoard((s) => s.heldBy);
  const now = useServerNow(30_000);
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const placed = new Set(b.groups.flatMap((g) => g.memberIds));
  const unplaced = people.filter((p) => !p.cofacilitator && !placed.has(p.id));
  const stuck = new Set(stuckGroupIds(b, now));
  const toggle = (id: string) => setSelected((s) => toggleIn(s, id));
  const move = async () => {
    const r = await run((i) => breakoutIntents(i).assign(handMoves(selected, target || null)));
    if (r.ok) setSelected([]);
  };
  const check = { selected, toggle, names };
  return (
    <div className="groups-grid-wrap">
      <div className="move-bar">
        <label>
          {t('breakouts.moveTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('breakouts.noGroup')}</option>
            {b.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {groupName(t, g)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy || selected.length === 0} onClick={() => void move()}>
          {t('breakouts.moveSelected')}
        </button>
        <span className="muted">{t('breakouts.selected', { count: selected.length })}</span>
        <CommandError refusal={refusal} />
      </div>
      <div className="groups-grid" data-testid="groups-grid">
        {/* First: under the hand rule everybody starts here. */}
        {unplaced.length > 0 && (
          <article className="group-card unplaced" aria-label={t('breakouts.unplaced')}>
            <h3>{t('breakouts.unplaced')}</h3>
            <ul className="group-members">
              {unplaced.map((p) => (
                <PersonCheck key={p.id} id={p.id} written={false} {...check} />
              ))}
            </ul>
          </article>
        )}
        {b.groups.map((g) => (
          <GroupCard
            key={g.id}
            breakout={b}
            group={g}
            stuck={stuck.has(g.id)}
            notes={notes}
            commitments={commitments}
            heldBy={heldBy}
            {...check}
          />
        ))}
      </div>
    </div>
  );
}
