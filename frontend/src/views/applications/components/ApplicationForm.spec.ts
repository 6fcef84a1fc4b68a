import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import ApplicationForm from './ApplicationForm.vue'
import RemainingTag from './RemainingTag.vue'

vi.mock('@/api/agencies', () => ({
  getAgencyTree: vi.fn(async () => [
    { agency: { id: 1, name: '攀枝花市东区人民政府', active: true }, children: [{ agency: { id: 2, name: '攀枝花市东区财政局', active: true }, children: [] }] },
  ]),
}))

/** The message Element Plus shows under the form item whose prop is `prop` (empty when valid). */
function messageOf(wrapper: ReturnType<typeof mountForm>, prop: string): string {
  const item = wrapper.findAllComponents({ name: 'ElFormItem' }).find((c) => c.props('prop') === prop)
  const exposed = (item?.vm as unknown as { $: { exposed: Record<string, { value: string }> } } | undefined)?.$.exposed
  return exposed?.validateState.value === 'error' ? exposed.validateMessage.value : ''
}

function mountForm() {
  return mount(ApplicationForm, { global: { plugins: [i18n] }, attachTo: document.body })
}

async function fill(wrapper: ReturnType<typeof mountForm>, testId: string, value: string) {
  const input = wrapper.find(`[data-test="${testId}"] input, input[data-test="${testId}"], textarea[data-test="${testId}"], [data-test="${testId}"] textarea`)
  await input.setValue(value)
  await input.trigger('blur')
}

describe('ApplicationForm', () => {
  it('checks the resident ID check digit while typing and names the expected character', async () => {
    const wrapper = mountForm()
    await flushPromises()
    const form = wrapper.vm as unknown as { validate: () => Promise<boolean> }
    await fill(wrapper, 'id-number', '110105194912310021')
    await form.validate()
    await flushPromises()
    expect(messageOf(wrapper, 'applicant.idNumber')).toBe('校验码不符，请核对号码（末位应为 X）')
    expect(messageOf(wrapper, 'applicant.name')).toBe('此项为必填项')
    await fill(wrapper, 'id-number', '11010519491231002X')
    await form.validate()
    await flushPromises()
    expect(messageOf(wrapper, 'applicant.idNumber')).toBe('')
    wrapper.unmount()
  })

  it('refuses to submit without the required fields and builds the API body when valid', async () => {
    const wrapper = mountForm()
    await flushPromises()
    const form = wrapper.vm as unknown as { validate: () => Promise<boolean>; payload: () => Record<string, Record<string, unknown>> }
    expect(await form.validate()).toBe(false)
    await fill(wrapper, 'applicant-name', '张三')
    await fill(wrapper, 'id-number', '11010519491231002x')
    await fill(wrapper, 'email', 'zhangsan@example.cn')
    await fill(wrapper, 'description', '2024年预算执行情况')
    ;(wrapper.vm as unknown as { $: { setupState: { model: { request: { agencyId: number } } } } }).$.setupState.model.request.agencyId = 2
    await flushPromises()
    expect(await form.validate()).toBe(true)
    const body = form.payload()
    expect(body.applicant).toMatchObject({ type: 'NATURAL_PERSON', name: '张三', idType: 'RESIDENT_ID', idNumber: '11010519491231002X' })
    expect(body.applicant.creditCode).toBeUndefined()
    expect(body.request).toMatchObject({ agencyId: 2, provisionForm: 'ELECTRONIC', obtainMethod: 'EMAIL' })
    wrapper.unmount()
  })

  it('shows the server complaint on the field it names', async () => {
    const wrapper = mount(ApplicationForm, {
      global: { plugins: [i18n] },
      props: { errors: { 'applicant.phone': '请填写有效的手机或固定电话号码。' } },
    })
    await flushPromises()
    expect(messageOf(wrapper, 'applicant.phone')).toBe('请填写有效的手机或固定电话号码。')
  })
})

describe('RemainingTag', () => {
  const tag = (props: Record<string, unknown>) => mount(RemainingTag, { global: { plugins: [i18n] }, props }).text()

  it('says how many working days are left or how late it is', () => {
    expect(tag({ urgency: 'ON_TRACK', remaining: 12 })).toBe('剩 12 个工作日')
    expect(tag({ urgency: 'DUE_SOON', remaining: 0 })).toBe('今日到期')
    expect(tag({ urgency: 'OVERDUE', remaining: -3 })).toBe('逾期 3 个工作日')
    expect(tag({ urgency: 'PAUSED' })).toBe('暂停计时')
    expect(tag({ urgency: 'UNKNOWN', missingYear: 2027 })).toBe('缺2027年日历')
  })
})
