/** One commitment in a cell of the matrix; the facilitator confirms, edits or removes it. */
import { lazy, Suspense, useState } from 'react';
import type { Commitment, Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useContactDetails } from '../../stores/contacts.ts';
import { useLocale } from '../../stores/locale.ts';
import { formatDay } from '../../ui/time-format.ts';
import { CommitmentForm, type CommitmentDraft } from './CommitmentForm.tsx';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

// Loaded once a merge has brought commitments from groups: the phone's route is at its size budget.
const GroupOrigin = lazy(() => import('../breakout-screens/GroupOrigin.tsx').then((m) => ({ default: m.GroupOrigin })));

interface Props {
  commitment: Commitment;
  columns: string[];
  linkable: Note[];
  facilitator: boolean;
}

export function CommitmentCard({ commitment: c, columns, linkable, facilitator }: Props) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { run, refusal, busy } = useCommand();
  const [editing, setEditing] = useState(false);
  const details = useContactDetails((s) => s.details[c.id]);
  const linked = c.linkedNoteIds.flatMap((id) => linkable.find((n) => n.id === id) ?? []);

  async function save({ contactDetails, ...d }: CommitmentDraft) {
    // Sent only when changed: an edit never erases what it was not shown.
    const changed = contactDetails === (details ?? '') ? {} : { contactDetails };
    const r = await run((conn) => conn.roles.edit({ id: c.id, ...d, ...changed }));
    if (r.ok) setEditing(false);
  }

  if (editing) {
    return (
      <CommitmentForm
        columns={columns}
        linkable={linkable}
        initial={c}
        {...(details === undefined ? {} : { initialDetails: details })}
        editOrganisation
        submitLabel="roles.save"
        busy={busy}
        onSubmit={save}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <article className={`commitment commitment-${c.status}`} data-commitment={c.id} data-status={c.status}>
      <p className="commitment-text">{c.text}</p>
      <p className="commitment-meta muted">
        <strong>{t(c.status === 'confirmed' ? 'roles.confirmed' : 'roles.proposed')}</strong>
        {c.contact && ` · ${c.contact}`}
        {details && ` · ${details}`}
        {c.followUp && ` · ${t('roles.followUpOn', { date: formatDay(c.followUp, locale) })}`}
      </p>
      {c.fromGroup && (
        <Suspense fallback={null}>
          <GroupOrigin fromGroup={c.fromGroup} className="commitment-meta muted" />
        </Suspense>
      )}
      {linked.length > 0 && (
        // Folded: a whole note inside every card made a 60-person matrix many screens tall.
        <details className="commitment-linked">
          <summary>{t('roles.answers', { count: linked.length })}</summary>
          <ul>
            {linked.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </details>
      )}
      {facilitator && (
        <div className="commitment-actions">
          {c.status === 'proposed' && (
            <button
              type="button"
              disabled={busy}
              onClick={() => run((conn) => conn.roles.confirm(c.id))}
              data-action="confirm"
            >
              {t('roles.confirm')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setEditing(true)}
            data-action="edit"
          >
            {t('roles.edit')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => run((conn) => conn.roles.remove(c.id))}
            data-action="remove"
          >
            {t('roles.remove')}
          </button>
        </div>
      )}
      <CommandError refusal={refusal} />
    </article>
  );
}
