/**
 * Rehearsing alone. On a real workshop: make a rehearsal of it (a separate workshop with the
 * same design, so nothing simulated ever mixes with the real day) and open its console. On a
 * rehearsal: start or stop N simulated participants, open the projector, delete the rehearsal.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { forgetWorkshop, keepCreated, myWorkshops } from '../../net/my-workshops.ts';
import { deleteWorkshopWithKey } from '../../net/workshop-deletion.ts';
import { LOCALES, useLocale } from '../../stores/locale.ts';
import { useRoom, useWorkshop } from '../../stores/workshop.ts';
import { duplicateWorkshop } from '../design/design-files.ts';
import '../design/builder.css';
import { SIM_MAX, startRehearsal } from './driver.ts';
import { ErrorLine } from '../../ui/ErrorLine.tsx';

const REHEARSE = 'rehearse';

export function RehearsalPanel({ code }: { code: string }) {
  const t = useT();
  const rehearsalOf = myWorkshops().find((w) => w.code === code)?.rehearsalOf;
  return (
    <section
      className={`rehearsal panel${rehearsalOf ? ' rehearsal-on' : ''}`}
      aria-labelledby="rehearsal"
      data-testid="rehearsal"
    >
      <h2 id="rehearsal">{t(rehearsalOf ? 'rehearsal.this' : 'rehearsal.title')}</h2>
      {rehearsalOf ? <Simulate code={code} of={rehearsalOf} /> : <MakeRehearsal code={code} />}
    </section>
  );
}

const countField = (value: number, set: (n: number) => void, label: string) => (
  <label>
    {label}{' '}
    <input
      type="number"
      min={1}
      max={SIM_MAX}
      value={value}
      onChange={(e) => set(Math.max(1, Math.min(SIM_MAX, Number(e.target.value) || 1)))}
      data-testid="sim-count"
    />
  </label>
);

function MakeRehearsal({ code }: { code: string }) {
  const t = useT();
  const meta = useRoom()?.meta;
  const [count, setCount] = useState(10);
  const [failure, setFailure] = useState<string | null>(null);
  async function make() {
    const key = facilitatorKey(code);
    if (!key || !meta) return setFailure(t('report.noKey'));
    const r = await duplicateWorkshop(code, key);
    if (!r.ok) return setFailure(t('files.failed', { status: r.status }));
    keepCreated(r.created, t('rehearsal.named', { title: meta.title }), meta.date, code);
    location.assign(`/w/${r.created.code}/facilitate?${REHEARSE}=${count}`);
  }
  return (
    <>
      <p>{t('rehearsal.explain')}</p>
      <div className="edit-actions">
        {countField(count, setCount, t('rehearsal.count'))}
        <button type="button" onClick={make} data-testid="rehearse">
          {t('rehearsal.make')}
        </button>
      </div>
      <ErrorLine text={failure} />
    </>
  );
}

function Simulate({ code, of }: { code: string; of: string }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const asked = Number(new URLSearchParams(location.search).get(REHEARSE));
  const [count, setCount] = useState(asked > 0 ? Math.min(SIM_MAX, asked) : 10);
  const [running, setRunning] = useState(asked > 0);
  const stop = useRef<(() => void) | null>(null);
  // Started with the count and language of the moment; a change takes a stop and a start.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!running) return;
    stop.current = startRehearsal({
      code,
      count,
      locales: [locale, ...LOCALES.filter((l) => l !== locale)],
      room: () => useWorkshop.getState().state,
    });
    return () => stop.current?.();
  }, [running, code]);
  const [failure, setFailure] = useState<string | null>(null);
  // One click: the rehearsal is a workshop of its own, deleted on the server with its key.
  const remove = async () => {
    setRunning(false);
    const key = facilitatorKey(code);
    const status = key ? await deleteWorkshopWithKey(code, key) : 401;
    if (status !== null) return setFailure(t('deletion.failed', { status }));
    forgetWorkshop(code);
    location.assign('/');
  };
  return (
    <>
      <p>{t('rehearsal.separate', { code: of })}</p>
      <div className="edit-actions">
        {countField(count, setCount, t('rehearsal.count'))}
        <button type="button" onClick={() => setRunning((r) => !r)} aria-pressed={running} data-testid="sim-toggle">
          {t(running ? 'rehearsal.stop' : 'rehearsal.start')}
        </button>
        <a className="button secondary" href={`/w/${code}/screen`} target="_blank" rel="noopener">
          {t('rehearsal.projector')}
        </a>
        <button type="button" className="secondary" onClick={remove} data-testid="rehearsal-delete">
          {t('rehearsal.forget')}
        </button>
      </div>
      <ErrorLine text={failure} />
      {running && (
        <p role="status" data-testid="sim-running">
          {t('rehearsal.running', { count })}
        </p>
      )}
    </>
  );
}
