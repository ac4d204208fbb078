/**
 * The workshops this device created or opened as facilitator, each with its date, its status
 * (as the server has it now) and its links; a rehearsal says so. Nothing secret leaves the
 * device: the list is asked about by code, the public details only.
 */
import { useEffect, useState } from 'react';
import type { LiveStep } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { forgetWorkshop, type MyWorkshop, myWorkshops, rememberWorkshop } from '../../net/my-workshops.ts';
import { useRoom } from '../../stores/workshop.ts';
import './builder.css';

type Status = 'planned' | 'running' | 'ended' | 'gone';

interface Known {
  title: string;
  date: string;
  live: LiveStep;
  finishedAt: number | null;
}

/** Each workshop's public details; `gone` when the server no longer has it. */
function useStatuses(list: MyWorkshop[]): Record<string, Status> {
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  const codes = list.map((w) => w.code).join(',');
  useEffect(() => {
    let live = true;
    for (const code of codes ? codes.split(',') : []) {
      fetch(`/api/workshops/${encodeURIComponent(code)}`)
        .then(async (res) => {
          if (!res.ok) return 'gone' as const;
          const w = (await res.json()) as Known;
          const known = myWorkshops().find((x) => x.code === code);
          if (known) rememberWorkshop({ ...known, title: w.title, date: w.date });
          return w.finishedAt !== null ? 'ended' : w.live.segmentId !== null ? 'running' : 'planned';
        })
        .catch(() => null)
        .then((status) => live && status && setStatuses((s) => ({ ...s, [code]: status })));
    }
    return () => {
      live = false;
    };
  }, [codes]);
  return statuses;
}

export function MyWorkshops() {
  const t = useT();
  const [list, setList] = useState(myWorkshops);
  const statuses = useStatuses(list);
  if (list.length === 0) return null;
  const forget = (code: string) => {
    forgetWorkshop(code);
    setList(myWorkshops());
  };
  return (
    <section className="my-workshops" aria-labelledby="my-workshops" data-testid="my-workshops">
      <h2 id="my-workshops">{t('mine.workshops')}</h2>
      <ul>
        {list.map((w) => {
          const status = statuses[w.code];
          return (
            <li key={w.code} data-code={w.code}>
              <strong>{w.title || w.code}</strong> <span>{w.date}</span> <code>{w.code}</code>{' '}
              {w.rehearsalOf && <span className="tag">{t('mine.rehearsal')}</span>}{' '}
              {status && <span className={`status status-${status}`}>{t(`mine.status.${status}`)}</span>}{' '}
              <a href={`/w/${w.code}/facilitate`}>{t('home.link.facilitate')}</a>{' '}
              <a href={`/w/${w.code}/facilitate?view=prepare`}>{t('design.view.prepare')}</a>{' '}
              <a href={`/w/${w.code}/screen`}>{t('home.link.screen')}</a>{' '}
              <a href={`/w/${w.code}`}>{t('home.link.join')}</a>{' '}
              <button type="button" className="secondary" onClick={() => forget(w.code)}>
                {t('mine.forget')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Keeps the console's workshop on this device's list while its facilitator key is here. */
export function useRememberWorkshop(code: string): void {
  const meta = useRoom()?.meta;
  const title = meta?.title;
  const date = meta?.date;
  useEffect(() => {
    if (title !== undefined && date !== undefined && facilitatorKey(code)) rememberWorkshop({ code, title, date });
  }, [code, title, date]);
}
