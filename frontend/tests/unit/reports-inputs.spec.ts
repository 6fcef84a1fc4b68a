import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import type { ReportInputs } from '@/api/reports'

const api = vi.hoisted(() => ({ getReportInputs: vi.fn(), putReportInputs: vi.fn() }))
vi.mock('@/api/reports', async (original) => ({ ...(await original<object>()), ...api }))

import ReportInputsForm from '@/views/reports/ReportInputsForm.vue'

const inputs: ReportInputs = {
  agencyId: 1,
  year: 2025,
  version: 3,
  locked: false,
  figures: [
    { key: 'FEE_INCOME_WAN', kind: 'AMOUNT_WAN', labelZh: '收费金额', requiredIn: ['NATIONAL_2021'], value: 18.64 },
    { key: 'LICENSING_DECISIONS', kind: 'COUNT', labelZh: '许可决定', requiredIn: [], overridesComputed: true },
    { key: 'PROCUREMENT_PROJECTS', kind: 'COUNT', labelZh: '采购项目', requiredIn: ['NATIONAL_2019'], value: 4 },
  ],
  narratives: [
    { slot: 'WEBSITE_NAME', formats: 'ALL', labelZh: '网站名称', text: '东区公众信息网', source: 'CARRIED_OVER', fromYear: 2011 },
    { slot: 'PROBLEMS', formats: 'NATIONAL', labelZh: '问题', text: '本年度问题', source: 'OWN' },
    { slot: 'IMPROVEMENTS', formats: 'NATIONAL', labelZh: '改进', text: '默认文字', source: 'DEFAULT' },
    { slot: 'LEGACY_TRAINING', formats: 'LEGACY', labelZh: '培训', text: '旧格式文字', source: 'DEFAULT' },
  ],
}

async function mountForm(format = 'NATIONAL_2021') {
  const wrapper = mount(ReportInputsForm, { props: { year: 2025, agencyId: 1, format }, global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

describe('the report inputs form', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.getReportInputs.mockResolvedValue(inputs)
    api.putReportInputs.mockResolvedValue(inputs)
  })

  it("shows the format's figures and narratives; other formats' figures are folded away", async () => {
    const wrapper = await mountForm()
    const grids = wrapper.findAll('.figure-grid')
    expect(grids[0].text()).toContain('收费金额')
    expect(grids[0].text()).toContain('许可决定')
    expect(grids[0].text()).not.toContain('采购项目')
    expect(wrapper.find('details').text()).toContain('采购项目')
    expect(wrapper.text()).toContain('问题')
    expect(wrapper.text()).not.toContain('培训')
  })

  it('saves every figure entered, own narratives and changed ones — never an unchanged carried-over or default text', async () => {
    const wrapper = await mountForm()
    const improvements = wrapper.find('#narrative-IMPROVEMENTS')
    await improvements.setValue('下一步，我区将加强培训。')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.putReportInputs).toHaveBeenCalledWith(2025, 1, {
      figures: { FEE_INCOME_WAN: 18.64, PROCUREMENT_PROJECTS: 4 },
      narratives: { PROBLEMS: '本年度问题', IMPROVEMENTS: '下一步，我区将加强培训。' },
      version: 3,
    })
  })
})
