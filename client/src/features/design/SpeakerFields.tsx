/**
 * The speakers of a block or of one activity (a talk): rows of name and organisation, one more
 * empty row on demand. Field names carry `prefix` (an activity's id), so one form holds them all.
 */
import { useState } from 'react';
import type { Speaker } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import type { FieldProblem } from './block-form.ts';
import { Problem } from './Problem.tsx';

export function SpeakerFields({
  speakers,
  prefix,
  problems,
}: {
  speakers: readonly Speaker[];
  prefix: string;
  problems: Record<string, FieldProblem>;
}) {
  const t = useT();
  // A block starts with one empty row to type into; an activity's speakers are asked for.
  const [extra, setExtra] = useState(prefix === '' ? 1 : 0);
  const rows = [...speakers, ...Array.from({ length: extra }, () => null)];
  return (
    <fieldset className="builder-speakers" data-testid={`speakers-${prefix || 'block'}`}>
      <legend>{t('design.speakers')}</legend>
      {rows.map((s, i) => (
        // Rows are positions in the list: a row keeps its place while typed into.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i} className="builder-speaker">
          <label>
            {t('design.speakerName')}{' '}
            <input name={`${prefix}speakerName`} defaultValue={s?.name ?? ''} maxLength={60} />
            <Problem problem={problems[`${prefix}speakerName.${i}`]} />
          </label>
          <label>
            {t('design.organisation')}{' '}
            <input name={`${prefix}speakerOrganisation`} defaultValue={s?.organisation ?? ''} maxLength={120} />
          </label>
        </div>
      ))}
      <Problem problem={problems[`${prefix}speakers`]} />
      <button type="button" className="secondary" onClick={() => setExtra((n) => n + 1)}>
        {t('design.addSpeaker')}
      </button>
    </fieldset>
  );
}
