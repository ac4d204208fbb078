/** What is wrong with one field of the builder, next to it, in the viewer's language. */
import { useT } from '../../i18n/t.ts';
import type { FieldProblem } from './block-form.ts';

export function Problem({ problem }: { problem: FieldProblem | undefined }) {
  const t = useT();
  return problem ? <small className="field-problem">{t(`design.problem.${problem}`)}</small> : null;
}
