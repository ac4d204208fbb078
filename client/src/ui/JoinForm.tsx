/** Joining with a name, an organisation and where one takes part from; no account. */
import { useRef, useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../shared/errors.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { useT } from '../i18n/t.ts';
import './forms.css';
import { newJoinAttempt, type JoinAttempt } from '../net/commands.ts';
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
  // Sent again as it is after a lost answer, so pressing join twice joins once.
  const attempt = useRef<JoinAttempt | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!connection) return;
    setBusy(true);
    setError(null);
    const details = { name: name.trim(), organisation: organisation.trim(), attendance };
    const last = attempt.current;
    const same =
      last?.name === details.name && last.organisation === details.organisation && last.attendance === attendance;
    const tried = same && last ? last : newJoinAttempt(details);
    attempt.current = tried;
    const result = await connection.intents.join(tried);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    attempt.current = null;
    saveParticipantToken(code, tried.token);
    onJoined(tried.token);
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
