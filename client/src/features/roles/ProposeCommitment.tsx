/** A participant proposes a commitment for their own organisation (the server sets the owner). */
import { useState } from 'react';
import type { Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommitmentForm, type CommitmentDraft } from './CommitmentForm.tsx';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function ProposeCommitment({
  boardId,
  columns,
  linkable,
  organisation,
}: {
  boardId: string;
  columns: string[];
  linkable: Note[];
  organisation: string;
}) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  // A new form after each proposal: remounting clears it.
  const [round, setRound] = useState(0);

  async function propose({ kind, text, contact, contactDetails, followUp, linkedNoteIds }: CommitmentDraft) {
    const r = await run((c) =>
      c.roles.propose({ boardId, kind, text, contact, contactDetails, followUp, linkedNoteIds }),
    );
    if (r.ok) setRound((n) => n + 1);
  }

  return (
    <section className="propose-commitment" aria-labelledby="propose-heading" data-testid="propose-commitment">
      <h3 id="propose-heading">{t('roles.propose', { organisation })}</h3>
      <CommitmentForm
        key={round}
        columns={columns}
        linkable={linkable}
        editOrganisation={false}
        submitLabel="roles.submit"
        busy={busy}
        onSubmit={propose}
      />
      <CommandError refusal={refusal} />
    </section>
  );
}
