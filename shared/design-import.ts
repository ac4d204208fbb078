/**
 * Reading a design file someone chose: refused whole, with the line and the field of each
 * problem, when it is not JSON, is of another schema or version, or breaks a rule (times out of
 * range, segments that overlap, a step using a board that does not exist). Nothing partial passes.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { DESIGN_MAX_BYTES, DESIGN_SCHEMA, DESIGN_VERSION, WorkshopDesign } from './design.ts';
import { WorkshopTemplate } from './schemas/template.ts';

export interface DesignIssue {
  /** 1-based line of the file, or null when the problem is the file as a whole. */
  line: number | null;
  /** Where in the design, e.g. `agenda.segments.2.end`; empty for the file as a whole. */
  field: string;
  /** The reason in English, for logs and scripts; screens translate `code` with `params`. */
  reason: string;
  code: DesignIssueCode;
  params: Record<string, string | number>;
}

/** Every kind of reason a design file is refused for, each a sentence in every language on the screens. */
export const DESIGN_ISSUE_CODES = [
  'too_large',
  'not_json',
  'not_a_design',
  'wrong_version',
  'wrong_type',
  'too_long',
  'too_short',
  'too_high',
  'too_low',
  'too_many',
  'too_few',
  'bad_format',
  'not_allowed',
  'unknown_field',
  'board_missing',
  'translation_unknown',
  'reserved_name',
  'segment_ends_before_start',
  'segments_overlap',
  'ids_not_unique',
  'invalid',
] as const;
export type DesignIssueCode = (typeof DESIGN_ISSUE_CODES)[number];

/** The schemas' own rules (refinements) by their message: each has its code. */
const RULES: Record<string, DesignIssueCode> = {
  'every board an agenda step uses exists': 'board_missing',
  'every translated text is one of the template’s own': 'translation_unknown',
  'reserved name': 'reserved_name',
  'a segment ends after it starts': 'segment_ends_before_start',
  'segments are in order and do not overlap': 'segments_overlap',
  'segment and activity ids are unique': 'ids_not_unique',
};

/** The code and parameters of one schema issue. */
function coded(issue: z.core.$ZodIssue): Pick<DesignIssue, 'code' | 'params'> {
  const bound = (i: { origin: string }, text: DesignIssueCode, number: DesignIssueCode, list: DesignIssueCode) =>
    i.origin === 'string' ? text : i.origin === 'array' || i.origin === 'set' ? list : number;
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong_type', params: { expected: String(issue.expected) } };
    case 'too_big':
      return { code: bound(issue, 'too_long', 'too_high', 'too_many'), params: { n: Number(issue.maximum) } };
    case 'too_small':
      return { code: bound(issue, 'too_short', 'too_low', 'too_few'), params: { n: Number(issue.minimum) } };
    case 'invalid_format':
      return { code: 'bad_format', params: { example: issue.message.length <= 24 ? issue.message : '' } };
    case 'invalid_value':
      return { code: 'not_allowed', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'custom':
      return { code: RULES[issue.message] ?? 'invalid', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

export type DesignRead = { ok: true; design: WorkshopDesign } | { ok: false; issues: DesignIssue[] };

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Parses and validates a design file's text. */
export function readDesign(text: string): DesignRead {
  if (new TextEncoder().encode(text).length > DESIGN_MAX_BYTES)
    return fail([
      {
        line: null,
        field: '',
        reason: `larger than ${DESIGN_MAX_BYTES / 1024} KB`,
        code: 'too_large',
        params: { kb: DESIGN_MAX_BYTES / 1024 },
      },
    ]);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree)
    return fail(
      (errors.length ? errors : [{ error: 0, offset: 0, length: 0 }]).map((e) => ({
        line: lineAt(text, e.offset),
        field: '',
        reason: `not JSON: ${errors.length ? printParseErrorCode(e.error) : 'empty file'}`,
        code: 'not_json' as const,
        params: {},
      })),
    );
  const value: unknown = JSON.parse(text);
  const header = value as { schema?: unknown; version?: unknown };
  if (typeof value !== 'object' || value === null || header.schema !== DESIGN_SCHEMA)
    return fail([
      {
        line: 1,
        field: 'schema',
        reason: `not a Plenary design (schema must be "${DESIGN_SCHEMA}")`,
        code: 'not_a_design',
        params: { schema: DESIGN_SCHEMA },
      },
    ]);
  if (header.version !== DESIGN_VERSION)
    return fail([
      {
        line: lineOf(text, tree, ['version']),
        field: 'version',
        reason: `version ${String(header.version)} is not supported (this server reads version ${DESIGN_VERSION})`,
        code: 'wrong_version',
        params: { version: String(header.version), supported: DESIGN_VERSION },
      },
    ]);
  const design = WorkshopDesign.safeParse(value);
  // The template's own checks (every board a step uses exists) run on a design that is otherwise sound.
  const checked = design.success ? WorkshopTemplate.safeParse({ id: 'imported', ...design.data }) : design;
  if (design.success && checked.success) return { ok: true, design: design.data };
  return fail(
    checked.error!.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      return { line: lineOf(text, tree, path), field: path.join('.'), reason: issue.message, ...coded(issue) };
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
