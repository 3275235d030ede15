/**
 * The evaluation table as CSV, for the coordinators' spreadsheets. csv-stringify writes it
 * (quoting, and `escape_formulas`: a track title starting with "=" or "+" reaches a
 * spreadsheet as text, not as a formula). Only the suppressed rows of aggregate.ts come in:
 * a count below the threshold is written as "<5", exactly as the dashboard shows it.
 */
import { stringify } from 'csv-stringify/sync'

import { EVALUATION_COLUMNS, SUPPRESSION_THRESHOLD, suppressedMark, type EvaluationColumn, type EvaluationRow } from './aggregate'

export interface CsvNames {
  /** Column headings in the reader's language. */
  headings: Record<EvaluationColumn, string>
  /** State and track names for their codes/ids (falls back on the code). */
  state: (code: string) => string
  track: (id: string) => string
}

export function evaluationCsv(rows: readonly EvaluationRow[], names: CsvNames, threshold = SUPPRESSION_THRESHOLD): string {
  const cell = (row: EvaluationRow, column: EvaluationColumn): string => {
    if (column === 'state') return names.state(row.state)
    if (column === 'track') return names.track(row.track)
    const value = row[column]
    return value === null ? suppressedMark(threshold) : String(value)
  }
  return stringify(
    rows.map((row) => EVALUATION_COLUMNS.map((column) => cell(row, column))),
    // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
    { header: true, columns: EVALUATION_COLUMNS.map((column) => names.headings[column]), bom: true, escape_formulas: true, record_delimiter: 'windows' },
  )
}
