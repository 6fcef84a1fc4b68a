import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import type { ReportSection } from '@/api/reports'

const api = vi.hoisted(() => ({ editSection: vi.fn(), resolveSection: vi.fn() }))
vi.mock('@/api/reports', async (original) => ({ ...(await original<object>()), ...api }))

import SectionEditor from '@/views/reports/SectionEditor.vue'

const changed: ReportSection = {
  key: 'overview',
  title: '一、政府信息公开工作概述',
  text: '我区网站年访问量达52万余人次。',
  editedText: '我区网站年访问量达52万余人次。',
  generatedText: '我区网站年访问量达61万余人次。',
  state: 'DATA_CHANGED',
  changedData: ['website_visits'],
  editedBy: 'editor',
  version: 7,
}

const mountWith = (sections: ReportSection[], editable = true) =>
  mount(SectionEditor, { props: { year: 2025, agencyId: 1, sections, editable }, global: { plugins: [i18n] } })

describe('the section editor', () => {
  beforeEach(() => vi.clearAllMocks())

  it('shows an edit whose data changed next to the new draft and names the data', () => {
    const wrapper = mountWith([changed])
    const text = wrapper.text()
    expect(text).toContain('数据已变化')
    expect(text).toContain('website_visits')
    expect(text).toContain('52万余人次')
    expect(text).toContain('61万余人次')
  })

  it.each([
    ['keep', 'KEEP_EDIT'],
    ['take', 'TAKE_DRAFT'],
  ])('"%s" sends the choice %s with the version read', async (button, choice) => {
    api.resolveSection.mockResolvedValue({ ...changed, state: choice === 'KEEP_EDIT' ? 'EDITED' : 'GENERATED' })
    const wrapper = mountWith([changed])
    await wrapper.find(`[data-test=section-${button}-overview]`).trigger('click')
    await flushPromises()
    expect(api.resolveSection).toHaveBeenCalledWith(2025, 1, 'overview', choice, 7)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('saves an edit with the version read; a locked report offers no editing', async () => {
    api.editSection.mockResolvedValue({ ...changed, state: 'EDITED' })
    const generated: ReportSection = { key: 'fees', title: '四、收费', text: '未收取费用。', state: 'GENERATED', version: 2 }
    const wrapper = mountWith([generated])
    await wrapper.find('[data-test=section-edit-fees]').trigger('click')
    await wrapper.find('textarea').setValue('本年度未收取任何费用。')
    await wrapper.find('[data-test=section-save-fees]').trigger('click')
    await flushPromises()
    expect(api.editSection).toHaveBeenCalledWith(2025, 1, 'fees', '本年度未收取任何费用。', 2)
    expect(mountWith([generated], false).find('[data-test=section-edit-fees]').exists()).toBe(false)
    expect(mountWith([changed], false).find('[data-test=section-keep-overview]').exists()).toBe(false)
  })
})
