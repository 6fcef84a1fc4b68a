import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, shot, signIn } from './support/browser'

/** Types an ISO date into an Element Plus date picker and confirms it. */
async function pickDate(page: Page, selector: string, iso: string): Promise<void> {
  const input = page.locator(selector).first()
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Replaces a year's data through the API with the session's token, as another administrator would. */
async function saveYearBehindTheUsersBack(page: Page, year: number): Promise<void> {
  const status = await page.evaluate(async (y) => {
    const session = JSON.parse(sessionStorage.getItem('gongkai.session') ?? '{}')
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' }
    const current = await (await fetch(`/api/v1/calendar/years/${y}`, { headers })).json()
    const answer = await fetch(`/api/v1/calendar/years/${y}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ papers: ['changed meanwhile'], days: current.days, version: current.version }),
    })
    return answer.status
  }, year)
  expect(status).toBe(200)
}

describe('administration', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let year: number

  beforeAll(async () => {
    browser = await launch()
    ;({ context, page } = await newPage(browser))
    await signIn(page, 'admin')
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('the calculator explains that a year without holiday data cannot be counted', async () => {
    await open(page, '/admin/calendar')
    await page.waitForSelector('[data-test=years-table] .el-table__row')
    year = Number(await page.locator(`${field('new-year')}`).inputValue())
    expect(year).toBeGreaterThanOrEqual(new Date().getFullYear())
    await checkA11y(page, 'calendar years')
    await shot(page, 'admin-calendar-years')

    await open(page, `/admin/deadline-calculator?mode=add&from=${year - 1}-12-20&days=20`)
    await expect.poll(() => page.locator('[data-test=calc-missing-year]').count()).toBe(1)
    expect(await page.locator('[data-test=problem]').textContent()).toContain(`${year}年`)
  })

  it('admin adds the year: a row error is shown on the row, then the year is saved', async () => {
    await open(page, '/admin/calendar')
    await expect.poll(() => page.locator(field('new-year')).inputValue()).toBe(String(year))
    await page.locator('[data-test=open-year]').click()
    await page.waitForURL(`**/admin/calendar/${year}`)
    await page.waitForSelector('[data-test=year-editor]')

    // A row without a date: the server's complaint appears under that row.
    await page.locator('[data-test=day-add]').click()
    await page.locator('[data-test=year-save]').click()
    await page.waitForSelector('[data-test=day-error-0]')
    await shot(page, 'admin-year-row-error')
    await page.locator('[data-test=year-days] .el-button--danger').first().click()

    // New Year's Day: three days off entered as one period.
    await pickDate(page, `${field('range-from')}`, `${year}-01-01`)
    await pickDate(page, `${field('range-to')}`, `${year}-01-03`)
    await page.locator(field('range-name')).fill('元旦')
    await page.keyboard.press('Escape')
    await page.locator('[data-test=range-add]').click()
    await expect.poll(() => page.locator('[data-test=year-days] .el-table__row').count()).toBe(3)
    await page.locator(field('year-papers')).fill('e2e test notice')
    await checkA11y(page, 'year editor')
    await page.locator('[data-test=year-save]').click()

    await page.waitForSelector('[data-test=holiday-groups]')
    const groups = await page.locator('[data-test=holiday-groups]').textContent()
    expect(groups).toContain('元旦')
    expect(groups).toContain(`${year}年1月1日至${year}年1月3日`)
    await checkA11y(page, 'year view')
    await shot(page, 'admin-year-saved')
  })

  it('a correction made meanwhile by someone else is explained, and the latest version can be loaded', async () => {
    await page.locator('[data-test=year-edit]').click()
    await page.waitForSelector('[data-test=year-editor]')
    await saveYearBehindTheUsersBack(page, year)
    await page.locator('[data-test=year-save]').click()
    await expect.poll(() => page.locator('[data-test=year-editor] .el-alert--warning').textContent()).toContain('已被他人修改')
    await shot(page, 'admin-year-stale')
    await page.locator('[data-test=year-editor] .el-alert--warning button').click()
    await expect.poll(() => page.locator(field('year-papers')).inputValue()).toBe('changed meanwhile')

    // Now the correction goes through: the 4th becomes a day off as well.
    await pickDate(page, `${field('range-from')}`, `${year}-01-04`)
    await pickDate(page, `${field('range-to')}`, `${year}-01-04`)
    await page.locator(field('range-name')).fill('元旦')
    await page.keyboard.press('Escape')
    await page.locator('[data-test=range-add]').click()
    await page.locator('[data-test=year-save]').click()
    await page.waitForSelector('[data-test=holiday-groups]')
    expect(await page.locator('[data-test=holiday-groups]').textContent()).toContain(`${year}年1月1日至${year}年1月4日`)
  })

  it('the calculator now counts into the new year and shows the holidays skipped', async () => {
    await open(page, '/admin/deadline-calculator')
    await pickDate(page, field('calc-from'), `${year - 1}-12-20`)
    await page.locator(field('calc-days')).fill('20')
    await page.locator('[data-test=calc-submit]').click()
    await page.waitForSelector('[data-test=explanation]')
    expect(new URL(page.url()).searchParams.get('from')).toBe(`${year - 1}-12-20`)
    expect(await page.locator('[data-test=result]').textContent()).toContain(`${year}年`)
    const fact = await page.locator('[data-test=holiday-fact]').first().textContent()
    expect(fact).toContain('元旦')
    expect(fact).toContain('放假 4 天不计')
    expect(await page.locator(`td[data-date="${year}-01-02"]:not(.out)`).getAttribute('class')).toContain('m-holiday')
    await checkA11y(page, 'calculator')
    await shot(page, 'admin-calculator')
  })

  it('the audit log shows the year being created and corrected, with the changed days', async () => {
    await open(page, `/admin/audit-log?entityType=CalendarYear&entityId=${year}`)
    await page.waitForSelector('[data-test=audit-table] .el-table__row')
    const rows = page.locator('[data-test=audit-table] .el-table__body .el-table__row')
    // Newest first: the correction, the change made "by someone else", the creation.
    await expect.poll(() => rows.count()).toBe(3)
    const newest = await rows.nth(0).textContent()
    expect(newest).toContain('修改')
    expect(newest).toContain(`新增 ${year}-01-04 off 元旦`)
    expect(await rows.nth(2).textContent()).toContain('新建')
    expect(await page.locator(field('filter-entity-id')).inputValue()).toBe(String(year))
    await checkA11y(page, 'audit log')
    await shot(page, 'admin-audit')
  })

  it('a taken username is reported next to the field, and a new district-wide account is created', async () => {
    await open(page, '/admin/users')
    await page.locator('[data-test=user-create]').click()
    const dialog = page.locator('[data-test=user-dialog]')
    await dialog.waitFor()
    await page.locator(field('user-username')).fill('admin')
    await page.locator(field('user-display-name')).fill('重复的管理员')
    await page.locator(field('user-password')).fill('long-enough-1')
    await dialog.getByText('查阅点工作人员').click()
    await dialog.locator('.el-switch').first().click()
    await page.locator('[data-test=user-save]').click()
    await expect.poll(() => dialog.locator('.el-form-item__error').allTextContents()).toContain('用户名已存在。')
    await shot(page, 'admin-user-taken')

    const username = `e2e.${Date.now().toString(36)}`
    await page.locator(field('user-username')).fill(username)
    await page.locator('[data-test=user-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await open(page, `/admin/audit-log?entityType=Account&action=CREATE&actor=admin`)
    await page.waitForSelector('[data-test=audit-table] .el-table__row')
    expect(await page.locator('[data-test=audit-table] .el-table__row').first().textContent()).toContain(username)
  })

  it('the administration screens work at 375 px', async () => {
    const phone = await newPage(browser, PHONE)
    await signIn(phone.page, 'admin')
    for (const [path, name] of [
      ['/admin/deadline-calculator?mode=add&from=2024-09-27&days=20', 'calculator'],
      ['/admin/agencies', 'agencies'],
    ]) {
      await open(phone.page, path)
      await phone.page.waitForTimeout(500)
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await checkA11y(phone.page, `${name} (375 px)`)
      await shot(phone.page, `admin-${name}-375`)
    }
    await phone.context.close()
  })
})
