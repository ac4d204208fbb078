/** The fields of a commitment, for a participant's proposal and the facilitator's edit alike. */
import { useContent } from '../../i18n/content.ts';
import { useState, type FormEvent } from 'react';
import type { Commitment, Note } from '../../../../shared/model.ts';
import { COMMITMENT_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';

export interface CommitmentDraft {
  organisation: string;
  kind: string;
  text: string;
  contact: string;
  /** Email or phone: private, sent only to facilitators and the proposer. */
  contactDetails: string;
  followUp: string | null;
  linkedNoteIds: string[];
}

interface Props {
  columns: string[];
  /** Challenges and opportunities a commitment may answer. */
  linkable: Note[];
  initial?: Commitment;
  /** How to reach the contact, when this person may know it. */
  initialDetails?: string;
  /** Shown (and editable) only for the facilitator. */
  editOrganisation: boolean;
  submitLabel: 'roles.submit' | 'roles.save';
  busy: boolean;
  onSubmit(draft: CommitmentDraft): void;
  onCancel?(): void;
}

export function CommitmentForm({
  columns,
  linkable,
  initial,
  initialDetails,
  editOrganisation,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: Props) {
  const t = useT();
  const tc = useContent();
  const [d, setD] = useState<CommitmentDraft>({
    organisation: initial?.organisation ?? '',
    kind: initial?.kind ?? columns[0] ?? '',
    text: initial?.text ?? '',
    contact: initial?.contact ?? '',
    contactDetails: initialDetails ?? '',
    followUp: initial?.followUp ?? null,
    linkedNoteIds: initial?.linkedNoteIds ?? [],
  });
  const set = (change: Partial<CommitmentDraft>) => setD((prev) => ({ ...prev, ...change }));
  const toggleLink = (id: string) =>
    set({
      linkedNoteIds: d.linkedNoteIds.includes(id) ? d.linkedNoteIds.filter((x) => x !== id) : [...d.linkedNoteIds, id],
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(d);
  };

  return (
    <form className="commitment-form" onSubmit={submit}>
      {editOrganisation && (
        <label className="field">
          {t('roles.owner')}
          <input
            value={d.organisation}
            maxLength={60}
            required
            onChange={(e) => set({ organisation: e.target.value })}
          />
        </label>
      )}
      <label className="field">
        {t('roles.kind')}
        <select value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
          {columns.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('roles.text')}
        <textarea
          value={d.text}
          rows={2}
          maxLength={COMMITMENT_LIMITS.textMax}
          required
          onChange={(e) => set({ text: e.target.value })}
          data-testid="commitment-text"
        />
      </label>
      <label className="field">
        {t('roles.contact')}
        <input
          value={d.contact}
          maxLength={COMMITMENT_LIMITS.contactMax}
          onChange={(e) => set({ contact: e.target.value })}
        />
      </label>
      <label className="field">
        {t('roles.contactDetails')}
        <input
          value={d.contactDetails}
          maxLength={COMMITMENT_LIMITS.contactMax}
          autoComplete="off"
          onChange={(e) => set({ contactDetails: e.target.value })}
          aria-describedby="contact-details-hint"
        />
        <span id="contact-details-hint" className="muted">
          {t('roles.contactDetailsHint')}
        </span>
      </label>
      <label className="field">
        {t('roles.followUp')}
        <input type="date" value={d.followUp ?? ''} onChange={(e) => set({ followUp: e.target.value || null })} />
      </label>
      {linkable.length > 0 && (
        // Folded: at the meeting's size it is 120 notes, which put the button screens away.
        <details className="commitment-links-fold">
          <summary>
            {t('roles.links')} · {t('board.selected', { count: d.linkedNoteIds.length })}
          </summary>
          <fieldset className="commitment-links">
            <legend className="visually-hidden">{t('roles.links')}</legend>
            {linkable.map((n) => (
              <label key={n.id} className="choice-option">
                <input type="checkbox" checked={d.linkedNoteIds.includes(n.id)} onChange={() => toggleLink(n.id)} />
                {n.text}
              </label>
            ))}
          </fieldset>
        </details>
      )}
      <div className="commitment-form-actions">
        <button type="submit" disabled={busy || !d.text.trim()}>
          {t(submitLabel)}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('roles.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
