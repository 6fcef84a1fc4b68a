import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, setLocale } from '@/i18n'
import { changeRows, displayValue } from '@/views/audit/changes'
import AuditChanges from '@/views/audit/AuditChanges.vue'

const words = { yes: 'yes', no: 'no', empty: '-' }

describe('audit change rows', () => {
  it('reads updates, created values, notes and secrets', () => {
    expect(
      changeRows({
        displayName: { from: '王办理', to: '王小明' },
        enabled: { from: true, to: false },
        agencyId: { from: null, to: 12 },
        username: 'wang',
        password: '***',
      }),
    ).toEqual([
      { field: 'displayName', kind: 'diff', from: '王办理', to: '王小明' },
      { field: 'enabled', kind: 'diff', from: true, to: false },
      { field: 'agencyId', kind: 'diff', from: null, to: 12 },
      { field: 'username', kind: 'value', value: 'wang' },
      { field: 'password', kind: 'redacted' },
    ])
  })

  it('compares "; "-separated lists item by item', () => {
    const rows = changeRows({
      days: {
        from: '2027-01-01 off 元旦; 2027-02-06 off 春节; 2027-02-07 off 春节',
        to: '2027-01-01 off 元旦; 2027-02-07 off 春节; 2027-02-08 off 春节',
      },
    })
    expect(rows).toEqual([
      { field: 'days', kind: 'list', added: ['2027-02-08 off 春节'], removed: ['2027-02-06 off 春节'] },
    ])
  })

  it('handles rows without changes', () => {
    expect(changeRows(null)).toEqual([])
    expect(changeRows({})).toEqual([])
  })

  it('displays values in words', () => {
    expect(displayValue(true, words)).toBe('yes')
    expect(displayValue(false, words)).toBe('no')
    expect(displayValue(null, words)).toBe('-')
    expect(displayValue('', words)).toBe('-')
    expect(displayValue([1, 'a'], words)).toBe('1, a')
    expect(displayValue({ a: 1 }, words)).toBe('{"a":1}')
    expect(displayValue(42, words)).toBe('42')
  })
})

describe('AuditChanges', () => {
  beforeEach(async () => {
    await setLocale('zh-CN')
  })

  it('shows changed fields as from → to with translated field names and roles', () => {
    const w = mount(AuditChanges, {
      props: {
        changes: {
          roles: { from: '[EDITOR]', to: '[EDITOR, REVIEWER]' },
          enabled: { from: true, to: false },
          password: '***',
          customField: 'x',
        },
      },
      global: { plugins: [i18n] },
    })
    const roles = w.get('[data-field=roles]')
    expect(roles.get('.field').text()).toBe('角色')
    expect(roles.get('del').text()).toBe('信息编辑')
    expect(roles.get('ins').text()).toBe('信息编辑、保密审查')
    const enabled = w.get('[data-field=enabled]')
    expect([enabled.get('del').text(), enabled.get('ins').text()]).toEqual(['是', '否'])
    expect(w.get('[data-field=password]').text()).toBe('密码已修改（内容不记录）')
    // Unknown fields keep their own name.
    expect(w.get('[data-field=customField]').text()).toBe('customFieldx')
  })

  it('lists added and removed days of a calendar correction', () => {
    const w = mount(AuditChanges, {
      props: { changes: { days: { from: 'a off X; b off X', to: 'a off X; c work X' } } },
      global: { plugins: [i18n] },
    })
    expect(w.findAll('del').map((d) => d.text())).toEqual(['删除 b off X'])
    expect(w.findAll('ins').map((d) => d.text())).toEqual(['新增 c work X'])
  })

  it('says so when nothing changed', () => {
    const w = mount(AuditChanges, { props: { changes: {} }, global: { plugins: [i18n] } })
    expect(w.text()).toBe('无字段变化')
  })
})
