import React from 'react'

import { EVALUATION_COLUMNS, SUPPRESSION_THRESHOLD, suppressedMark, type EvaluationRow } from '@/core/evaluation/aggregate'
import { EVALUATION_HEADINGS } from '@/core/evaluation/labels'
import { formatNumber } from '@/ui/format'
import type { UILanguage } from '@/ui/strings'

/**
 * The evaluation table: one row per state × track × quarter, counts of people under the
 * threshold shown as "<5" (src/core/evaluation/aggregate.ts). Only suppressed rows come in.
 */
export function EvaluationTable({ rows, lang, stateName, trackName }: { rows: EvaluationRow[]; lang: UILanguage; stateName: (code: string) => string; trackName: (id: string) => string }) {
  const headings = EVALUATION_HEADINGS[lang]
  const cell = (row: EvaluationRow, column: (typeof EVALUATION_COLUMNS)[number]) => {
    if (column === 'state') return stateName(row.state)
    if (column === 'track') return trackName(row.track)
    if (column === 'quarter') return row.quarter
    const value = row[column]
    return value === null ? suppressedMark(SUPPRESSION_THRESHOLD) : formatNumber(value, lang)
  }
  return (
    <table className="theme-map evaluation-table">
      <thead>
        <tr>
          {EVALUATION_COLUMNS.map((column) => (
            <th scope="col" key={column}>
              {headings[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.quarter}|${row.state}|${row.track}`}>
            {EVALUATION_COLUMNS.map((column) => (
              <td key={column} data-column={column}>
                {cell(row, column)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
