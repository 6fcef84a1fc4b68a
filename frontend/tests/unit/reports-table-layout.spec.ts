import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import type { ReportTable } from '@/api/reports'
import { layoutTable, placeCells, TableLayoutError } from '@/views/reports/tableLayout'
import ReportTableView from '@/views/reports/ReportTable.vue'
// The three tables of the 2021 format as the backend sent them for the demo district's 2025 report.
import tables from './fixtures/report-tables-2021.json'

const byKey = (key: string) => (tables as ReportTable[]).find((t) => t.key === key)!
const cell = (text: string, rowSpan = 1, colSpan = 1, kind: 'HEADER' | 'LABEL' | 'VALUE' = 'HEADER') => ({ text, rowSpan, colSpan, kind })

describe('placeCells', () => {
  it('places a cell after the positions a span from an earlier row covers', () => {
    // | A (2 rows) | B     C |
    // |            | D | E   |  ← D starts in column 1, not 0
    const placed = placeCells([[cell('A', 2), cell('B', 1, 2)], [cell('D'), cell('E')]], 3)
    expect(placed[1].map((p) => [p.cell.text, p.column])).toEqual([
      ['D', 1],
      ['E', 2],
    ])
  })

  it('refuses a cell that runs past the last column, overlapping cells and holes', () => {
    expect(() => placeCells([[cell('A', 1, 3)]], 2)).toThrow(TableLayoutError)
    expect(() => placeCells([[cell('A', 3)], [cell('B')]], 2)).toThrow(/does not fit/)
    expect(() => placeCells([[cell('A'), cell('B')]], 3)).toThrow(/nothing at row 1, column 3/)
  })
})

describe('layoutTable on the tables the backend sends', () => {
  it('table 四: the three merged header rows go to <thead> with their column groups, the figures to <tbody>', () => {
    const layout = layoutTable(byKey('APPEALS'))
    expect(layout.columns).toBe(15)
    expect(layout.head).toHaveLength(3)
    const [top, middle, bottom] = layout.head
    expect(top.map((c) => [c.text, c.column, c.colSpan, c.rowSpan, c.scope])).toEqual([
      ['行政复议', 0, 5, 2, 'colgroup'],
      ['行政诉讼', 5, 10, 1, 'colgroup'],
    ])
    // 未经复议直接起诉 starts after the five columns 行政复议 covers in two rows.
    expect(middle.map((c) => [c.text, c.column])).toEqual([
      ['未经复议直接起诉', 5],
      ['复议后起诉', 10],
    ])
    expect(bottom).toHaveLength(15)
    expect(bottom.every((c) => c.tag === 'th' && c.scope === 'col')).toBe(true)
    const values = layout.body.flat()
    expect(values).toHaveLength(15)
    expect(values.every((c) => c.tag === 'td' && c.kind === 'VALUE')).toBe(true)
    expect(values[0].key).toBe('cases.rev_maintained')
  })

  it('table 三: every row fills ten columns; label cells are row headers, merged ones row groups', () => {
    const table = byKey('APPLICATIONS_2021')
    const layout = layoutTable(table)
    expect(layout.columns).toBe(10)
    for (const row of [...layout.head, ...layout.body]) {
      for (const c of row) expect(c.column + c.colSpan).toBeLessThanOrEqual(10)
    }
    const labels = layout.body.flat().filter((c) => c.kind === 'LABEL')
    expect(labels.every((c) => c.tag === 'th')).toBe(true)
    const section = labels.find((c) => c.text === '三、本年度办理结果')!
    expect(section.scope).toBe('rowgroup')
    expect(section.rowSpan).toBeGreaterThan(20)
    // The figures of the first row sit under the seven applicant columns (3 … 9).
    const first = layout.body.find((r) => r.some((c) => c.key?.startsWith('new_requests.')))!
    expect(first.filter((c) => c.kind === 'VALUE').map((c) => c.column)).toEqual([3, 4, 5, 6, 7, 8, 9])
  })
})

describe('ReportTable.vue', () => {
  it('renders the spans and scopes into the DOM', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', missingWarn: false, fallbackWarn: false, messages: { en: {} } })
    const wrapper = mount(ReportTableView, { props: { table: byKey('APPEALS') }, global: { plugins: [i18n] } })
    const first = wrapper.find('thead tr th')
    expect(first.text()).toBe('行政复议')
    expect(first.attributes('colspan')).toBe('5')
    expect(first.attributes('rowspan')).toBe('2')
    expect(first.attributes('scope')).toBe('colgroup')
    expect(wrapper.findAll('tbody td')).toHaveLength(15)
  })

  it('says so instead of drawing a broken table', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { reports: { tables: { broken: 'Broken: {reason}', APPEALS: 'T4' } } } } })
    const broken: ReportTable = { key: 'APPEALS', columns: 2, headerRows: 0, rows: [[cell('A', 1, 3)]] }
    const wrapper = mount(ReportTableView, { props: { table: broken }, global: { plugins: [i18n] } })
    expect(wrapper.find('[role=alert]').text()).toContain('does not fit')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
