import { describe, expect, it } from 'vitest'
import type { ReportCheck, ReportDocument } from '@/api/reports'
import {
  comparableRows,
  defaultFormatOf,
  filtersFromQuery,
  filtersToQuery,
  orderChecks,
  outcomeGroupOf,
  outcomesByGroup,
  visitsByMonth,
} from '@/views/reports/reportData'

const check = (code: string, status: ReportCheck['status']): ReportCheck => ({ code, status })

describe('orderChecks', () => {
  it('puts failures first, then warnings, then passes, keeping the server order within each', () => {
    const ordered = orderChecks([
      check('a', 'PASS'),
      check('b', 'WARNING'),
      check('c', 'FAIL'),
      check('d', 'PASS'),
      check('e', 'FAIL'),
      check('f', 'WARNING'),
    ])
    expect(ordered.map((c) => c.code)).toEqual(['c', 'e', 'b', 'f', 'a', 'd'])
  })

  it('copes with no checks', () => {
    expect(orderChecks(undefined)).toEqual([])
  })
})

describe('applications by outcome', () => {
  it('groups the outcome rows of table 三 by their key', () => {
    expect(outcomeGroupOf('result_open')).toBe('open')
    expect(outcomeGroupOf('result_not_public_state_secret')).toBe('withheld')
    expect(outcomeGroupOf('result_cannot_provide_unclear')).toBe('unavailable')
    expect(outcomeGroupOf('result_not_processed_duplicate')).toBe('notProcessed')
    expect(outcomeGroupOf('result_other_no_pay_fee')).toBe('other')
    expect(outcomeGroupOf('result_total')).toBeUndefined()
  })

  it('adds up every applicant column', () => {
    const document: ReportDocument = {
      figures: {
        applications: {
          columns: {
            NATURAL_PERSON: { outcomes: { result_open: 5, result_not_public_law_forbid: 2, result_other_other: 1 } },
            BUSINESS: { outcomes: { result_open: 3, result_not_public_third_party: 1, result_partial: 4 } },
          },
        },
      },
    }
    expect(outcomesByGroup(document)).toEqual({ open: 8, partial: 4, withheld: 3, unavailable: 0, notProcessed: 0, other: 1 })
  })
})

describe('visitsByMonth', () => {
  it('leaves a month nothing was recorded for as a gap, not a zero', () => {
    const v = visitsByMonth([
      { month: 1, visits: 100 },
      { month: 3, visits: 0 },
      { month: 12, visits: 7 },
    ])
    expect(v).toEqual([100, null, 0, null, null, null, null, null, null, null, null, 7])
  })
})

describe('comparableRows', () => {
  it('keeps rows with a change in per cent only', () => {
    const rows = comparableRows([
      { key: 'a', current: 10, previous: 8, percentChange: 25 },
      { key: 'b', current: 3, previous: 0 },
      { key: 'c', current: 3 },
    ])
    expect(rows.map((r) => r.key)).toEqual(['a'])
  })
})

describe('filters in the URL', () => {
  const today = new Date(2026, 10, 29)

  it('reads year, agency, scope and format, and writes them back the same way', () => {
    const f = filtersFromQuery({ year: '2011', agencyId: '1', sub: '1', format: 'LEGACY' }, today)
    expect(f).toEqual({ year: 2011, agencyId: 1, includeSubagencies: true, format: 'LEGACY' })
    expect(filtersToQuery(f)).toEqual({ year: '2011', agencyId: '1', sub: '1', format: 'LEGACY' })
  })

  it('falls back to last year and the report settings for anything unreadable', () => {
    expect(filtersFromQuery({ year: '1999', agencyId: 'x', sub: 'maybe', format: 'NATIONAL_1990' }, today)).toEqual({
      year: 2025,
      agencyId: undefined,
      includeSubagencies: undefined,
      format: undefined,
    })
    expect(filtersToQuery({ year: 2025 })).toEqual({ year: '2025' })
  })
})

describe('defaultFormatOf', () => {
  it('follows the year: legacy to 2018, the 2019 trial for 2019 and 2020, the 2021 format from 2021', () => {
    expect([2011, 2018, 2019, 2020, 2021, 2025].map(defaultFormatOf)).toEqual([
      'LEGACY',
      'LEGACY',
      'NATIONAL_2019',
      'NATIONAL_2019',
      'NATIONAL_2021',
      'NATIONAL_2021',
    ])
  })
})
