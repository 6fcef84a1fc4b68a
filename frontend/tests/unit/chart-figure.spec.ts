import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { i18n } from '@/i18n'

// The canvas is ECharts' business; here: the figure's text alternative.
vi.mock('vue-echarts', () => ({
  __esModule: true,
  default: defineComponent({ inheritAttrs: true, setup: () => () => h('div', { class: 'fake-chart' }) }),
}))

import ChartFigure from '@/components/charts/ChartFigure.vue'

describe('ChartFigure', () => {
  it('gives the chart a summary and its numbers as a table with row and column headers, totals and extra columns', () => {
    const wrapper = mount(ChartFigure, {
      props: {
        title: '每月查阅情况',
        labels: ['1月', '2月'],
        labelHeading: '月份',
        series: [
          { name: '接待人次', data: [1200, 30] },
          { name: '查阅件次', data: [5, 7] },
        ],
        extraColumns: [{ name: '开放数量', data: [2, 3] }],
        tableOpen: true,
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('figcaption').text()).toBe('每月查阅情况')
    expect(wrapper.get('.fake-chart').attributes('role')).toBe('img')
    expect(wrapper.get('.fake-chart').attributes('aria-label')).toBe('图表：每月查阅情况；合计 1,242。数据见下方表格。')
    expect(wrapper.get('details').attributes('open')).toBeDefined()
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['月份', '接待人次', '查阅件次', '合计', '开放数量'])
    const first = wrapper.findAll('tbody tr')[0]
    expect(first.get('th').attributes('scope')).toBe('row')
    expect(first.findAll('td').map((td) => td.text())).toEqual(['1,200', '5', '1,205', '2'])
  })

  it('folds the table by default and leaves out the total of a single series', () => {
    const wrapper = mount(ChartFigure, {
      props: { title: 'x', labels: ['a'], labelHeading: 'k', series: [{ name: 'n', data: [4] }] },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('details').attributes('open')).toBeUndefined()
    expect(wrapper.findAll('thead th')).toHaveLength(2)
  })
})
