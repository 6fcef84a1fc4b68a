import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { WorkingDays } from '@/api/calendar'
import { i18n, setLocale } from '@/i18n'
import {
  dateRanges,
  explainWorkingDays,
  groupByHoliday,
  monthGrid,
  monthsBetween,
  yearMonths,
} from '@/views/calendar/explanation'
import WorkingDayExplanation from '@/views/calendar/WorkingDayExplanation.vue'
import MonthCalendar from '@/views/calendar/MonthCalendar.vue'

/** The backend's answer for GET /calendar/working-days/add?from=2024-09-27&days=20 (README example). */
const NATIONAL_DAY_2024: WorkingDays = {
  start: '2024-09-27',
  result: '2024-10-30',
  workingDays: 20,
  skipped: [
    { date: '2024-09-28', reason: 'WEEKEND' },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      date: `2024-10-${d}`,
      reason: 'HOLIDAY' as const,
      holiday: '国庆节',
    })),
    ...['13', '19', '20', '26', '27'].map((d) => ({ date: `2024-10-${d}`, reason: 'WEEKEND' as const })),
  ],
  makeUpWorkdays: [
    { date: '2024-09-29', holiday: '国庆节' },
    { date: '2024-10-12', holiday: '国庆节' },
  ],
}

const cell = (x: ReturnType<typeof explainWorkingDays>, date: string) =>
  x.months.flatMap((m) => m.weeks.flat()).find((c) => c.inMonth && c.date === date)!

describe('working-day explanation', () => {
  const x = explainWorkingDays(NATIONAL_DAY_2024)

  it('spans the months from the start to the result', () => {
    expect(x.months.map((m) => [m.year, m.month])).toEqual([
      [2024, 9],
      [2024, 10],
    ])
  })

  it('marks each day with its role', () => {
    expect(cell(x, '2024-09-26').marks).toEqual([])
    expect(cell(x, '2024-09-27').marks).toEqual(['start'])
    expect(cell(x, '2024-09-28').marks).toEqual(['weekend'])
    expect(cell(x, '2024-09-29')).toMatchObject({ marks: ['counted', 'makeup'], holiday: '国庆节', weekend: true })
    expect(cell(x, '2024-09-30').marks).toEqual(['counted'])
    expect(cell(x, '2024-10-01')).toMatchObject({ marks: ['holiday'], holiday: '国庆节' })
    expect(cell(x, '2024-10-12').marks).toEqual(['counted', 'makeup'])
    expect(cell(x, '2024-10-30').marks).toEqual(['counted', 'result'])
    expect(cell(x, '2024-10-31').marks).toEqual([])
  })

  it('counts exactly the working days of the answer', () => {
    const counted = x.months.flatMap((m) => m.weeks.flat()).filter((c) => c.inMonth && c.marks.includes('counted'))
    expect(counted).toHaveLength(20)
  })

  it('groups the holiday and lists the weekends skipped', () => {
    expect(x.holidays).toEqual([
      {
        name: '国庆节',
        off: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
        work: ['2024-09-29', '2024-10-12'],
      },
    ])
    expect(x.weekendsSkipped).toEqual(['2024-09-28', '2024-10-13', '2024-10-19', '2024-10-20', '2024-10-26', '2024-10-27'])
  })
})

describe('calendar helpers', () => {
  it('lays a month out from Monday to Sunday', () => {
    const grid = monthGrid(2024, 10, () => ({ marks: [] }))
    // 1 October 2024 was a Tuesday: the first row starts with Monday 30 September.
    expect(grid.weeks[0].map((c) => c.date)).toEqual([
      '2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06',
    ])
    expect(grid.weeks[0][0].inMonth).toBe(false)
    expect(grid.weeks.at(-1)!.at(-1)!.date).toBe('2024-11-03')
    expect(grid.weeks).toHaveLength(5)
    expect(grid.weeks[0].map((c) => c.weekend)).toEqual([false, false, false, false, false, true, true])
  })

  it('lists months across a year end', () => {
    expect(monthsBetween('2026-11-20', '2027-02-01')).toEqual([
      [2026, 11],
      [2026, 12],
      [2027, 1],
      [2027, 2],
    ])
  })

  it('folds consecutive dates into ranges, across month ends', () => {
    expect(dateRanges(['2024-10-02', '2024-09-30', '2024-10-01', '2024-10-12'])).toEqual([
      ['2024-09-30', '2024-10-02'],
      ['2024-10-12', '2024-10-12'],
    ])
  })

  it('groups a notice by holiday in date order', () => {
    const groups = groupByHoliday([
      { date: '2024-02-18', offDay: false, name: '春节' },
      { date: '2024-01-01', offDay: true, name: '元旦' },
      { date: '2024-02-10', offDay: true, name: '春节' },
      { date: '2024-02-04', offDay: false, name: '春节' },
    ])
    expect(groups).toEqual([
      { name: '元旦', off: ['2024-01-01'], work: [] },
      { name: '春节', off: ['2024-02-10'], work: ['2024-02-04', '2024-02-18'] },
    ])
  })

  it('shows a notice year with the December before when the notice reaches into it', () => {
    const months = yearMonths(2011, [
      { date: '2010-12-31', offDay: true, name: '元旦' },
      { date: '2011-01-01', offDay: true, name: '元旦' },
    ])
    expect(months).toHaveLength(13)
    expect([months[0].year, months[0].month]).toEqual([2010, 12])
    const dec31 = months[0].weeks.flat().find((c) => c.date === '2010-12-31')!
    expect(dec31.marks).toEqual(['holiday'])
  })
})

describe('explanation components', () => {
  beforeEach(async () => {
    await setLocale('zh-CN')
  })

  const mountIt = () =>
    mount(WorkingDayExplanation, {
      props: { answer: NATIONAL_DAY_2024, mode: 'add' },
      global: { plugins: [i18n] },
    })

  it('states the result and explains what was skipped and counted, in Chinese', () => {
    const w = mountIt()
    expect(w.get('[data-test=result]').text()).toBe('自 2024年9月27日 起第 20 个工作日是 2024年10月30日周三')
    const fact = w.get('[data-test=holiday-fact]').text()
    expect(fact).toContain('国庆节')
    expect(fact).toContain('放假 7 天不计（2024年10月1日至2024年10月7日）')
    expect(fact).toContain('调休上班 2 天计入（2024年9月29日、2024年10月12日）')
    expect(w.text()).toContain('跳过周末 6 天。')
    expect(w.findAll('[data-test=month]')).toHaveLength(2)
  })

  it('switches to English, translating the holiday names', async () => {
    const w = mountIt()
    await setLocale('en')
    await w.vm.$nextTick()
    expect(w.get('[data-test=result]').text()).toBe('Working day 20 after September 27, 2024 is Wed, October 30, 2024')
    expect(w.get('[data-test=holiday-fact]').text()).toContain('National Day')
    expect(w.text()).toContain('6 weekend days skipped.')
  })

  it('describes every marked day for screen readers and colours it', () => {
    const grid = explainWorkingDays(NATIONAL_DAY_2024).months[1]
    const w = mount(MonthCalendar, { props: { grid }, global: { plugins: [i18n] } })
    expect(w.get('caption').text()).toBe('2024年10月')
    expect(w.findAll('th').map((th) => th.text())).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日'])
    const oct1 = w.get('td[data-date="2024-10-01"]')
    expect(oct1.classes()).toContain('m-holiday')
    expect(oct1.get('.visually-hidden').text()).toBe('国庆节、法定节假日（不计）')
    const oct12 = w.get('td[data-date="2024-10-12"]')
    expect(oct12.classes()).toEqual(expect.arrayContaining(['m-counted', 'm-makeup']))
    expect(oct12.get('.visually-hidden').text()).toBe('国庆节、调休上班日（计入）、计入的工作日')
    expect(w.get('td[data-date="2024-10-30"]').classes()).toContain('m-result')
  })
})
