import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, setLocale } from '@/i18n'
import { ApiError } from '@/api/http'
import ProblemAlert from '@/components/ProblemAlert.vue'

const mountAlert = (error: unknown, shownFields: string[] = []) =>
  mount(ProblemAlert, { props: { error, shownFields }, global: { plugins: [i18n] } })

describe('ProblemAlert', () => {
  beforeEach(async () => {
    await setLocale('zh-CN')
  })

  it('shows the server detail and the violations no field shows', () => {
    const e = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      detail: '提交的内容有误，请按提示修改。',
      violations: [
        { field: 'username', message: '用户名已存在。' },
        { field: 'version', message: '不能为null' },
      ],
    })
    const w = mountAlert(e, ['username'])
    expect(w.text()).toContain('提交的内容有误')
    expect(w.text()).toContain('提交的内容有误，请按提示修改。')
    expect(w.findAll('li').map((li) => li.text())).toEqual(['version：不能为null'])
  })

  it('does not repeat a single-field message already shown under the field', () => {
    const e = new ApiError(400, { detail: '用户名已存在。', violations: [{ field: 'username', message: '用户名已存在。' }] })
    const w = mountAlert(e, ['username'])
    expect(w.find('.problem-alert__detail').exists()).toBe(false)
    expect(w.findAll('li')).toHaveLength(0)
  })

  it('names network trouble, throttling and stale writes in the current language', async () => {
    expect(mountAlert(new ApiError(0)).text()).toContain('无法连接服务器')
    expect(mountAlert(new ApiError(429, { retryAfterSeconds: 30 })).text()).toContain('30 秒后重试')
    await setLocale('en')
    expect(mountAlert(new ApiError(409, { code: 'STALE_WRITE', detail: 'x' })).text()).toContain('Someone else changed this record')
  })

  it('renders nothing without an error', () => {
    expect(mountAlert(null).find('[data-test=problem]').exists()).toBe(false)
  })
})
