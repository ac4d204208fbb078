/** Joining with a name, an organisation and where one takes part from; no account. */
import { useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../shared/errors.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { useT } from '../i18n/t.ts';
import './forms.css';
import { saveParticipantToken } from '../net/identity.ts';
import { useConnectionHandle } from './connection-handle.ts';

/** `onJoined` gets the device token; the caller reconnects with it so a reload keeps the identity. */
export function JoinForm({
  code,
  onJoined,
  attendance: initial = 'room',
}: {
  code: string;
  onJoined: (token: string) => void;
  attendance?: 'room' | 'remote';
}) {
  const t = useT();
  const connection = useConnectionHandle();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [attendance, setAttendance] = useState<'room' | 'remote'>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!connection) return;
    setBusy(true);
    setError(null);
    const result = await connection.command('session:join', {
      name: name.trim(),
      organisation: organisation.trim(),
      attendance,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    saveParticipantToken(code, result.value.token);
    onJoined(result.value.token);
  }

  return (
    <form className="join-form card" onSubmit={submit} aria-labelledby="join-heading" data-testid="join-form">
      <h2 id="join-heading">{t('join.title')}</h2>
      <label className="field">
        <span>{t('join.name')}</span>
        <input
          name="name"
          autoComplete="name"
          required
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('join.organisation')}</span>
        <input
          name="organisation"
          autoComplete="organization"
          required
          maxLength={LIMITS.nameMax}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        />
      </label>
      <fieldset className="choice">
        <legend>{t('join.attendance')}</legend>
        {(['room', 'remote'] as const).map((a) => (
          <label key={a} className="choice-option">
            <input
              type="radio"
              name="attendance"
              value={a}
              checked={attendance === a}
              onChange={() => setAttendance(a)}
            />
            <span>{t(a === 'room' ? 'join.room' : 'join.remote')}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {t(`error.${error}`)}
        </p>
      )}
      <button type="submit" disabled={busy || !connection}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
    </form>
  );
}
