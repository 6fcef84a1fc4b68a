import { describe, expect, it } from 'vitest'
import { kindChart, monthlySeriesByPoint, nonEmpty } from '@/views/readingpoints/chartOptions'
import type { StatisticsRow } from '@/api/readingpoints'

const row = (pointId: number, month: number, people: number, items = 0): StatisticsRow => ({
  pointId,
  pointName: `P${pointId}`,
  month,
  people,
  itemsConsulted: items,
  visitsTurnedIntoApplications: 0,
})

describe('reading point chart options', () => {
  it('builds twelve months per point from point-month rows, in the order the points come', () => {
    const rows = [row(2, 1, 10, 1), row(2, 12, 5, 2), row(1, 3, 7), ...Array.from({ length: 12 }, (_, i) => row(3, i + 1, 0))]
    const people = monthlySeriesByPoint(rows, 'people')
    expect(people.map((s) => s.name)).toEqual(['P2', 'P1', 'P3'])
    expect(people[0].data).toEqual([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5])
    expect(people[1].data[2]).toBe(7)
    expect(monthlySeriesByPoint(rows, 'itemsConsulted')[0].data[11]).toBe(2)
    expect(nonEmpty(people).map((s) => s.name)).toEqual(['P2', 'P1'])
  })

  it('puts every kind on the axis with people and items side by side', () => {
    const option = kindChart(
      [
        { kind: 'SERVICE_CENTRE', people: 1000, itemsConsulted: 400, points: 2, visitsTurnedIntoApplications: 0 },
        { kind: 'ARCHIVES', people: 3, itemsConsulted: 5, points: 1, visitsTurnedIntoApplications: 0 },
      ],
      (k) => `kind:${k}`,
      { people: 'people', items: 'items', title: 't' },
    )
    expect(option.xAxis.data).toEqual(['kind:SERVICE_CENTRE', 'kind:ARCHIVES'])
    expect(option.series.map((s) => s.data)).toEqual([
      [1000, 3],
      [400, 5],
    ])
  })
})
