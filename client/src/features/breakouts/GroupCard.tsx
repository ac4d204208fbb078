/** One group on the console: its people (who has written), counts, stuck, its rapporteur, and its boards in full (notes, or the roles matrix to confirm on). */
import { useState } from 'react';
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../../../shared/breakouts.ts';
import type { BoardId, Commitment, Note, ParticipantId } from '../../../../shared/model.ts';
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { groupWork } from '../breakout-screens/group-work.ts';
import { RolesMatrix } from '../roles/RolesMatrix.tsx';
import { GroupNotes } from './GroupNotes.tsx';
import { STUCK_AFTER_MS, writersOn } from './group-rules.ts';

interface Selection {
  selected: string[];
  toggle: (id: string) => void;
  names: Map<string, string>;
}

interface Props extends Selection {
  breakout: Breakout;
  group: BreakoutGroup;
  stuck: boolean;
  notes: Note[];
  commitments: Commitment[];
  heldBy: Record<BoardId, Record<ParticipantId, number>>;
}

export function GroupCard({ breakout, group: g, stuck, notes, commitments, heldBy, ...check }: Props) {
  const t = useT();
  const tc = useContent();
  const { run, refusal, busy } = useCommand();
  const [open, setOpen] = useState(false);
  const boards = useWorkshop((s) => s.state?.boards);
  const copies = breakout.boardIds.map((id) => copyBoardId(id, g.id));
  const written = writersOn(copies, notes, heldBy, commitments);
  const work = groupWork(breakout, boards);
  const name = groupName(t, g);
  return (
    <article
      className={`group-card${stuck ? ' stuck' : ''}${open ? ' open' : ''}`}
      aria-label={name}
      data-testid={`group-card-${g.id}`}
    >
      <h3>{name}</h3>
      <p className="group-counts">
        {t(g.memberIds.length === 1 ? 'groupwork.people.one' : 'groupwork.people', { count: g.memberIds.length })}
        {work.notes && (
          <>
            {' · '}
            {t(g.notes === 1 ? 'groupwork.notes.one' : 'groupwork.notes', { count: g.notes })}{' '}
            {t(g.writers === 1 ? 'groupwork.writers.one' : 'groupwork.writers', { count: g.writers })}
          </>
        )}
        {work.commitments && ` · ${t('follow.commitments', { count: g.commitments ?? 0 })}`}
      </p>
      {stuck && <p className="group-stuck">{t('breakouts.stuck', { minutes: STUCK_AFTER_MS / 60_000 })}</p>}
      <ul className="group-members">
        {g.memberIds.map((id) => (
          <PersonCheck key={id} id={id} written={written.has(id)} {...check} />
        ))}
      </ul>
      <label className="group-rapporteur">
        {t('breakouts.rapporteurOf', { group: name })}
        <select
          value={g.rapporteurId ?? ''}
          disabled={busy}
          onChange={(e) => void run((i) => breakoutIntents(i).rapporteur(g.id, e.target.value || null))}
        >
          <option value="">{t('breakouts.none')}</option>
          {g.memberIds.map((id) => (
            <option key={id} value={id}>
              {check.names.get(id) ?? id}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('breakouts.openBoard', { group: name })}
      </button>
      {open &&
        copies.map((id) =>
          boards?.[id]?.kind === 'roles' ? (
            <RolesMatrix key={id} boardId={id} />
          ) : (
            <GroupNotes key={id} boardId={id} group={g} rapporteur title={tc(boards?.[id]?.title ?? id)} />
          ),
        )}
      <CommandError refusal={refusal} />
    </article>
  );
}

/** A person's tick box for hand assignment, with "has written" beside their name. */
export function PersonCheck({ id, written, selected, toggle, names }: Selection & { id: string; written: boolean }) {
  const t = useT();
  const name = names.get(id) ?? id;
  return (
    <li>
      <label>
        <input
          type="checkbox"
          aria-label={t('breakouts.select', { name })}
          checked={selected.includes(id)}
          onChange={() => toggle(id)}
        />
        {name}
      </label>
      {written && <span className="has-written"> · {t('breakouts.hasWritten')}</span>}
    </li>
  );
}
