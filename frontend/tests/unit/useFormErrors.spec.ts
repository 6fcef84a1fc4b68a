import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { useFormErrors } from '@/composables/useFormErrors'

const invalid = new ApiError(400, {
  code: 'VALIDATION_FAILED',
  detail: '提交的内容有误',
  violations: [
    { field: 'username', message: '用户名已被使用' },
    { field: 'roles', message: '至少选择一个角色' },
    { field: 'agencyId', message: '机关不存在' },
  ],
})

describe('useFormErrors', () => {
  it('puts violations on the fields the form shows and leaves the rest to the alert', () => {
    const f = useFormErrors(['username', 'roles'])
    expect(f.capture(invalid)).toBe(true)
    expect({ ...f.errors }).toEqual({ username: '用户名已被使用', roles: '至少选择一个角色' })
    expect(f.shownFields.value.sort()).toEqual(['roles', 'username'])
    expect(f.problem.value).toBe(invalid)
    f.clearField('username')
    expect(f.errors.username).toBeUndefined()
    f.clear()
    expect([{ ...f.errors }, f.problem.value]).toEqual([{}, null])
  })

  it('keeps a non-validation failure as a problem without field errors', () => {
    const f = useFormErrors()
    const stale = new ApiError(409, { code: 'STALE_WRITE', detail: '已被他人修改' })
    expect(f.capture(stale)).toBe(false)
    expect({ ...f.errors }).toEqual({})
    expect(f.hasErrors.value).toBe(true)
  })
})
