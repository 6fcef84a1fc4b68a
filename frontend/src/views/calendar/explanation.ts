/**
 * Turns the working-day answers of the API into what people look at: month grids with each day's role
 * (counted, weekend skipped, holiday skipped, make-up working day counted, start, result) and the holidays
 * grouped by name. Pure functions, unit-tested.
 */
import type { CalendarDay, MakeUpDay, WorkingDays } from '@/api/calendar'
import { parseIsoDate, toIsoDate } from '@/utils/format'

export type DayMark = 'start' | 'result' | 'counted' | 'weekend' | 'holiday' | 'makeup'

export interface DayCell {
  date: string
  day: number
  /** false for the leading/trailing days of neighbouring months that fill the first and last week */
  inMonth: boolean
  weekend: boolean
  marks: DayMark[]
  /** the holiday a day off or a make-up working day belongs to */
  holiday?: string
}

export interface MonthGrid {
  year: number
  /** 1–12 */
  month: number
  /** weeks from Monday to Sunday, as Chinese calendars print them */
  weeks: DayCell[][]
}

export interface HolidayGroup {
  name: string
  /** days off skipped (or named by a notice) */
  off: string[]
  /** make-up working days */
  work: string[]
}

export interface WorkingDaysExplanation {
  start: string
  result: string
  workingDays: number
  months: MonthGrid[]
  holidays: HolidayGroup[]
  weekendsSkipped: string[]
  makeUps: MakeUpDay[]
}

type Marker = (date: string) => { marks: DayMark[]; holiday?: string }

function addDays(iso: string, n: number): string {
  const d = parseIsoDate(iso)
  d.setDate(d.getDate() + n)
  return toIsoDate(d)
}

/** Monday 0 … Sunday 6 */
function mondayIndex(date: Date): number {
  return (date.getDay() + 6) % 7
}

export function monthGrid(year: number, month: number, mark: Marker): MonthGrid {
  const first = new Date(year, month - 1, 1)
  const cursor = new Date(first)
  cursor.setDate(1 - mondayIndex(first))
  const weeks: DayCell[][] = []
  do {
    const week: DayCell[] = []
    for (let i = 0; i < 7; i++) {
      const date = toIsoDate(cursor)
      const inMonth = cursor.getMonth() === month - 1
      const m = inMonth ? mark(date) : { marks: [] }
      week.push({ date, day: cursor.getDate(), inMonth, weekend: i >= 5, marks: m.marks, holiday: m.holiday })
      cursor.setDate(cursor.getDate() + 1)
    }
    weeks.push(week)
  } while (cursor.getMonth() === month - 1)
  return { year, month, weeks }
}

/** The months from the one holding `from` to the one holding `to`, inclusive. */
export function monthsBetween(from: string, to: string): Array<[number, number]> {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  const months: Array<[number, number]> = []
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push([y, m])
  }
  return months
}

/** Holidays by name in date order: the days off and the make-up working days of each. */
export function groupByHoliday(entries: Array<{ date: string; offDay: boolean; name?: string | null }>): HolidayGroup[] {
  const groups = new Map<string, HolidayGroup>()
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const name = e.name ?? ''
    const g = groups.get(name) ?? { name, off: [], work: [] }
    ;(e.offDay ? g.off : g.work).push(e.date)
    groups.set(name, g)
  }
  return [...groups.values()]
}

/** Consecutive dates folded into ranges: ['10-01','10-02','10-03','10-12'] → [['10-01','10-03'],['10-12','10-12']] */
export function dateRanges(dates: string[]): Array<[string, string]> {
  const sorted = [...dates].sort()
  const ranges: Array<[string, string]> = []
  for (const d of sorted) {
    const last = ranges[ranges.length - 1]
    if (last && addDays(last[1], 1) === d) last[1] = d
    else ranges.push([d, d])
  }
  return ranges
}

/** Everything needed to show why a working-day computation gave its answer. */
export function explainWorkingDays(w: WorkingDays): WorkingDaysExplanation {
  const start = w.start!
  const result = w.result!
  const skipped = new Map((w.skipped ?? []).map((s) => [s.date!, s]))
  const makeUps = new Map((w.makeUpWorkdays ?? []).map((m) => [m.date!, m]))
  const [lo, hi] = start <= result ? [start, result] : [result, start]

  const mark: Marker = (date) => {
    const marks: DayMark[] = []
    let holiday: string | undefined
    if (date === start) marks.push('start')
    if (date > lo && date <= hi) {
      const s = skipped.get(date)
      const m = makeUps.get(date)
      if (s) {
        marks.push(s.reason === 'HOLIDAY' ? 'holiday' : 'weekend')
        holiday = s.holiday ?? undefined
      } else {
        marks.push('counted')
        if (m) {
          marks.push('makeup')
          holiday = m.holiday ?? undefined
        }
      }
    }
    if (date === result && date !== start) marks.push('result')
    return { marks, holiday }
  }

  const holidayEntries = [
    ...(w.skipped ?? []).filter((s) => s.reason === 'HOLIDAY').map((s) => ({ date: s.date!, offDay: true, name: s.holiday })),
    ...(w.makeUpWorkdays ?? []).map((m) => ({ date: m.date!, offDay: false, name: m.holiday })),
  ]

  return {
    start,
    result,
    workingDays: w.workingDays ?? 0,
    months: monthsBetween(lo, hi).map(([y, m]) => monthGrid(y, m, mark)),
    holidays: groupByHoliday(holidayEntries),
    weekendsSkipped: (w.skipped ?? []).filter((s) => s.reason === 'WEEKEND').map((s) => s.date!),
    makeUps: w.makeUpWorkdays ?? [],
  }
}

/** The twelve months of a notice year with its days off and make-up working days marked. */
export function yearMonths(year: number, days: CalendarDay[]): MonthGrid[] {
  const byDate = new Map(days.map((d) => [d.date, d]))
  const mark: Marker = (date) => {
    const d = byDate.get(date)
    if (!d) return { marks: [] }
    return { marks: [d.offDay ? 'holiday' : 'makeup'], holiday: d.name }
  }
  const months = Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1, mark))
  // A notice may start in December of the year before (New Year's Day holidays).
  if (days.some((d) => d.date.startsWith(`${year - 1}-12`))) months.unshift(monthGrid(year - 1, 12, mark))
  return months
}
