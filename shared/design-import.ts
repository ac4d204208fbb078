/**
 * Reading a design file someone chose: refused whole, with the line and the field of each
 * problem, when it is not JSON, is of another schema or version, or breaks a rule (times out of
 * range, segments that overlap, a step using a board that does not exist). Nothing partial passes.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { DESIGN_MAX_BYTES, DESIGN_SCHEMA, DESIGN_VERSION, WorkshopDesign } from './design.ts';
import { WorkshopTemplate } from './schemas/template.ts';

export interface DesignIssue {
  /** 1-based line of the file, or null when the problem is the file as a whole. */
  line: number | null;
  /** Where in the design, e.g. `agenda.segments.2.end`; empty for the file as a whole. */
  field: string;
  reason: string;
}

export type DesignRead = { ok: true; design: WorkshopDesign } | { ok: false; issues: DesignIssue[] };

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Parses and validates a design file's text. */
export function readDesign(text: string): DesignRead {
  if (new TextEncoder().encode(text).length > DESIGN_MAX_BYTES)
    return fail([{ line: null, field: '', reason: `larger than ${DESIGN_MAX_BYTES / 1024} KB` }]);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree)
    return fail(
      (errors.length ? errors : [{ error: 0, offset: 0, length: 0 }]).map((e) => ({
        line: lineAt(text, e.offset),
        field: '',
        reason: `not JSON: ${errors.length ? printParseErrorCode(e.error) : 'empty file'}`,
      })),
    );
  const value: unknown = JSON.parse(text);
  const header = value as { schema?: unknown; version?: unknown };
  if (typeof value !== 'object' || value === null || header.schema !== DESIGN_SCHEMA)
    return fail([{ line: 1, field: 'schema', reason: `not a Plenary design (schema must be "${DESIGN_SCHEMA}")` }]);
  if (header.version !== DESIGN_VERSION)
    return fail([
      {
        line: lineOf(text, tree, ['version']),
        field: 'version',
        reason: `version ${String(header.version)} is not supported (this server reads version ${DESIGN_VERSION})`,
      },
    ]);
  const design = WorkshopDesign.safeParse(value);
  // The template's own checks (every board a step uses exists) run on a design that is otherwise sound.
  const checked = design.success ? WorkshopTemplate.safeParse({ id: 'imported', ...design.data }) : design;
  if (design.success && checked.success) return { ok: true, design: design.data };
  return fail(
    checked.error!.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      return { line: lineOf(text, tree, path), field: path.join('.'), reason: issue.message };
    }),
  );
}

function fail(issues: DesignIssue[]): DesignRead {
  return { ok: false, issues };
}

/** The line of the deepest node of `path` that the file has (a missing field points at its parent). */
function lineOf(text: string, tree: NonNullable<ReturnType<typeof parseTree>>, path: Array<string | number>): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return lineAt(text, node.offset);
  }
  return 1;
}
