import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import type { ReportStatistics, ReportStatusView } from '@/api/reports'

const api = vi.hoisted(() => ({ lockReport: vi.fn(), unlockReport: vi.fn(), publishReport: vi.fn() }))
vi.mock('@/api/reports', async (original) => ({ ...(await original<object>()), ...api }))

import ReportActions from '@/views/reports/ReportActions.vue'

const draft: ReportStatusView = { agencyId: 1, year: 2023, status: 'DRAFT', version: 4, events: [] }
const stats = (fail: number): ReportStatistics => ({
  agencyId: 1,
  year: 2023,
  format: 'NATIONAL_2021',
  includeSubagencies: true,
  reportStatus: 'DRAFT',
  checks: { pass: 28, warning: 1, fail },
})

function mountAs(role: string, fail: number) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().$patch({
    token: 't',
    expiresAt: Date.now() + 60_000,
    account: { id: 1, username: role.toLowerCase(), displayName: role, roles: [role], districtWide: true, enabled: true, demo: false, version: 0 },
  })
  return mount(ReportActions, {
    props: { year: 2023, agencyId: 1, stats: stats(fail), status: draft, failing: fail },
    global: { plugins: [pinia, i18n] },
    attachTo: document.body,
  })
}

const body = () => document.body
const lockReason = () => body().querySelector<HTMLTextAreaElement>('[data-test=lock-dialog] textarea, #lock-reason')
const confirmButton = () => body().querySelector<HTMLButtonElement>('[data-test=lock-confirm]')

describe('locking from the console', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    document.body.innerHTML = ''
  })

  it('checks pass: a plain confirmation locks with the version read and no override', async () => {
    api.lockReport.mockResolvedValue({ ...draft, status: 'LOCKED' })
    const wrapper = mountAs('REVIEWER', 0)
    await wrapper.find('[data-test=report-lock]').trigger('click')
    await flushPromises()
    expect(lockReason()).toBeNull()
    confirmButton()!.click()
    await flushPromises()
    expect(api.lockReport).toHaveBeenCalledWith(2023, 1, 4, undefined)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('checks fail: an administrator must give a reason, which is sent as the override', async () => {
    api.lockReport.mockResolvedValue({ ...draft, status: 'LOCKED' })
    const wrapper = mountAs('ADMIN', 2)
    await wrapper.find('[data-test=report-lock]').trigger('click')
    await flushPromises()
    expect(body().textContent).toContain('有2项核对不通过。作为管理员，您可以说明理由后强制锁定')
    expect(confirmButton()!.disabled).toBe(true)
    const reason = lockReason()!
    reason.value = '  财政局数据已另行核实  '
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(confirmButton()!.disabled).toBe(false)
    confirmButton()!.click()
    await flushPromises()
    expect(api.lockReport).toHaveBeenCalledWith(2023, 1, 4, '财政局数据已另行核实')
  })

  it('checks fail: a reviewer cannot lock and is told why', async () => {
    const wrapper = mountAs('REVIEWER', 1)
    await wrapper.find('[data-test=report-lock]').trigger('click')
    await flushPromises()
    expect(body().textContent).toContain('有1项核对不通过：只有管理员可以说明理由后强制锁定')
    expect(lockReason()).toBeNull()
    expect(confirmButton()!.disabled).toBe(true)
    expect(api.lockReport).not.toHaveBeenCalled()
  })

  it('only an administrator sees unlock, an editor neither lock nor publish', async () => {
    expect(mountAs('ADMIN', 0).find('[data-test=report-unlock]').exists()).toBe(false) // a draft has nothing to unlock
    const editor = mountAs('EDITOR', 0)
    expect(editor.find('[data-test=report-lock]').exists()).toBe(false)
    expect(editor.find('[data-test=report-regenerate]').exists()).toBe(true)
  })
})
