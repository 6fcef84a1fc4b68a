/**
 * The official tables as HTML: the API sends each table as rows of the cells that START in the row (positions
 * covered by a row or column span are left out, as in HTML), with the template's merged header cells. This
 * places every cell on the full grid (to check the layout and to know each cell's column), and decides the
 * element and scope a screen reader needs: header rows → `<th scope="col|colgroup">` in `<thead>`, label cells
 * → `<th scope="row|rowgroup">`, figures and notes → `<td>`.
 */
import type { ReportCell, ReportTable } from '@/api/reports'

export interface LaidOutCell {
  text: string
  rowSpan: number
  colSpan: number
  kind: 'HEADER' | 'LABEL' | 'VALUE' | 'NOTE'
  /** `row.column` of a figure (value cells only). */
  key?: string
  /** Grid column of the cell's left edge (0-based). */
  column: number
  tag: 'th' | 'td'
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup'
}

export interface TableLayout {
  columns: number
  head: LaidOutCell[][]
  body: LaidOutCell[][]
}

export class TableLayoutError extends Error {}

/**
 * Places the cells of `rows` on a `columns`-wide grid and returns, per row, each starting cell with its column.
 * Throws {@link TableLayoutError} when a cell does not fit, cells overlap, or a grid position stays empty.
 */
export function placeCells(rows: ReportCell[][], columns: number): { cell: ReportCell; row: number; column: number }[][] {
  const taken: boolean[][] = rows.map(() => new Array<boolean>(columns).fill(false))
  const placed = rows.map((cells, r) => {
    let c = 0
    return cells.map((cell) => {
      while (c < columns && taken[r][c]) c++
      const rowSpan = Math.max(1, cell.rowSpan ?? 1)
      const colSpan = Math.max(1, cell.colSpan ?? 1)
      if (c + colSpan > columns || r + rowSpan > rows.length) {
        throw new TableLayoutError(`cell "${cell.text ?? ''}" of row ${r + 1} does not fit`)
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (taken[r + dr][c + dc]) throw new TableLayoutError(`cells overlap at row ${r + dr + 1}, column ${c + dc + 1}`)
          taken[r + dr][c + dc] = true
        }
      }
      const at = { cell, row: r, column: c }
      c += colSpan
      return at
    })
  })
  taken.forEach((row, r) => {
    const hole = row.indexOf(false)
    if (hole >= 0) throw new TableLayoutError(`nothing at row ${r + 1}, column ${hole + 1}`)
  })
  return placed
}

export function layoutTable(table: ReportTable): TableLayout {
  const rows = table.rows ?? []
  const columns = table.columns ?? Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)))
  const headerRows = Math.min(table.headerRows ?? 0, rows.length)
  const laid = placeCells(rows, columns).map((cells, r) =>
    cells.map(({ cell, column }): LaidOutCell => {
      const kind = cell.kind ?? 'VALUE'
      const out: LaidOutCell = {
        text: cell.text ?? '',
        rowSpan: Math.max(1, cell.rowSpan ?? 1),
        colSpan: Math.max(1, cell.colSpan ?? 1),
        kind,
        key: cell.key ?? undefined,
        column,
        tag: 'td',
      }
      if (r < headerRows || kind === 'HEADER') {
        out.tag = 'th'
        out.scope = out.colSpan > 1 ? 'colgroup' : 'col'
      } else if (kind === 'LABEL') {
        out.tag = 'th'
        out.scope = out.rowSpan > 1 ? 'rowgroup' : 'row'
      }
      return out
    }),
  )
  return { columns, head: laid.slice(0, headerRows), body: laid.slice(headerRows) }
}

/** The figure of a table under its row and column keys (the JSON contract), or undefined. */
export function tableValue(table: ReportTable, row: string, column: string): unknown {
  return table.values?.[row]?.[column]
}
