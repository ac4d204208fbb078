/** The report as JSON: the model itself, for other tools. */
import type { ReportModel } from '../domain/report-model.ts';

/** Pretty-printed, so a person can read the file too. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
