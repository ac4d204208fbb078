/** The design over REST: duplicate, export, import. Each answers what happened in a form the screens can say. */
import type { DesignIssue } from '../../../../shared/design-import.ts';
import type { CreatedWorkshop } from '../../../../shared/schemas/rest.ts';
import { downloadWithKey } from '../../net/download.ts';

export type Created = { ok: true; created: CreatedWorkshop } | { ok: false; status: number; issues: DesignIssue[] };

async function answer(res: Promise<Response>): Promise<Created> {
  let r: Response;
  try {
    r = await res;
  } catch {
    return { ok: false, status: 0, issues: [] };
  }
  const body = (await r.json().catch(() => ({}))) as CreatedWorkshop & { issues?: DesignIssue[] };
  return r.status === 201 ? { ok: true, created: body } : { ok: false, status: r.status, issues: body.issues ?? [] };
}

const authorised = (key: string) => ({ authorization: `Bearer ${key}` });

/** A new workshop with this one's design and nobody in it. */
export function duplicateWorkshop(code: string, key: string): Promise<Created> {
  return answer(
    fetch(`/api/workshops/${encodeURIComponent(code)}/duplicate`, { method: 'POST', headers: authorised(key) }),
  );
}

/** A new workshop from a design file's text; refused whole, with every issue's line and field. */
export function importDesign(text: string): Promise<Created> {
  return answer(
    fetch('/api/workshops/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text }),
  );
}

/** Downloads the design file; null on success, else the HTTP status (0 when the network failed). */
export function exportDesign(code: string, key: string): Promise<number | null> {
  return downloadWithKey(`/api/workshops/${encodeURIComponent(code)}/design`, key, `plenary-${code}-design.json`);
}
