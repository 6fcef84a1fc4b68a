import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n, setLocale } from '@/i18n'
import ImportReport from '@/views/readingpoints/ImportReport.vue'
import { reportOf, type TallyImportReport } from '@/api/readingpoints'
import { ApiError } from '@/api/http'

const rejected: TallyImportReport = {
  mode: 'ALL_OR_NOTHING',
  onExisting: 'REJECT',
  dryRun: false,
  committed: false,
  fileName: 'march.csv',
  format: 'CSV',
  encoding: 'GB18030',
  ignoredColumns: [],
  rowsRead: 3,
  created: 2,
  replaced: 0,
  unchanged: 0,
  rejectedRows: 1,
  people: 10,
  itemsConsulted: 4,
  accepted: [],
  rejected: [
    {
      row: 3,
      column: 'people',
      value: '-2',
      code: 'PEOPLE_NEGATIVE',
      reason: { zh: '接待人数不能是负数。', en: 'People cannot be negative.' },
    },
  ],
}

describe('the import report', () => {
  it('says nothing was written and lists each rejected row with its column and reason in the current language', async () => {
    const wrapper = mount(ImportReport, { props: { report: rejected }, global: { plugins: [i18n] } })
    await flushPromises()
    expect(wrapper.find('[data-test=import-outcome]').text()).toContain('整个文件未导入')
    const table = wrapper.find('[data-test=import-rejected]').text()
    expect(table).toContain('3')
    expect(table).toContain('接待人数')
    expect(table).toContain('接待人数不能是负数。')
    await setLocale('en')
    await flushPromises()
    expect(wrapper.find('[data-test=import-rejected]').text()).toContain('People cannot be negative.')
    await setLocale('zh-CN')
  })

  it('finds the report inside a 422 problem and nowhere else', () => {
    expect(reportOf(new ApiError(422, { code: 'IMPORT_REJECTED', report: rejected } as never))).toEqual(rejected)
    expect(reportOf(new ApiError(400, { code: 'IMPORT_EMPTY' }))).toBeNull()
    expect(reportOf(new Error('x'))).toBeNull()
  })
})
