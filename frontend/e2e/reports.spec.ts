import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, shot, signIn } from './support/browser'

/**
 * The journey "administrator locks and publishes an annual report": the administrator opens the district's 2011
 * report in the legacy format (with its departments) and finds the seed's figures and the website-visits
 * warning; then locks the district's 2024 report (2021 format; it passes its checks), publishes it, and the
 * portal lists and shows it, on a desktop and on a phone.
 *
 * 2024 because no other spec writes records dated 2024 (locking refuses them afterwards). Run again on the same
 * server, the spec finds 2024 already published and first unlocks it, as an administrator would, with a reason.
 */
const YEAR = 2024

async function tab(page: Page, name: string): Promise<void> {
  await page.locator('.el-tabs__item', { hasText: name }).first().click()
}

async function state(page: Page): Promise<string> {
  return (await page.locator('[data-test=report-state]').textContent())?.trim() ?? ''
}

describe('administrator locks and publishes an annual report', () => {
  let browser: Browser
  let admin: { context: BrowserContext; page: Page }
  let title = ''

  beforeAll(async () => {
    browser = await launch()
    admin = await newPage(browser)
    await signIn(admin.page, 'admin')
  })
  afterAll(async () => {
    await admin?.context.close()
    await browser?.close()
  })

  it('the 2011 legacy report of the district with its departments shows the seed figures and the website warning', async () => {
    const page = admin.page
    await open(page, '/admin/reports?year=2011&sub=1')
    await page.waitForSelector('[data-test=report-document]')
    expect(await page.locator('[data-test=report-status]').textContent()).toContain('攀枝花市东区人民政府 2011年度')
    expect(await page.locator('[data-test=report-status]').textContent()).toContain('2011年式（旧条例）')
    const text = (await page.locator('[data-test=report-document]').textContent()) ?? ''
    expect(text).toContain('2011年政府信息公开工作年度报告')
    // The figures as the API gives them: items of the year and cumulative at the end of 2011.
    expect(text).toContain('10759')
    expect(text).toContain('75646')
    expect(text).toContain('年访问量未作统计')
    // The legacy statistics table carries the same figures under their keys.
    const table = page.locator('[data-test=report-table-LEGACY_STATISTICS]')
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain('75646')
    await checkA11y(page, '2011 report, document')
    await shot(page, 'reports-2011-document')

    await tab(page, '核对')
    await page.waitForSelector('[data-test=report-checks]')
    const first = page.locator('[data-test=report-checks] li').first()
    // Nothing fails in 2011, so the website-visits warning comes first.
    expect(await first.getAttribute('data-status')).toBe('WARNING')
    expect(await first.getAttribute('data-code')).toBe('WEBSITE_VISITS')
    expect(await first.textContent()).toContain('2011年没有记录网站访问量')
    const checks = (await page.locator('[data-test=report-checks]').textContent()) ?? ''
    expect(checks).toContain('上年累计64887')
    expect(checks).toContain('本年新增10759')
    expect(page.url()).toContain('tab=checks')
    await checkA11y(page, '2011 report, checks')
    await shot(page, 'reports-2011-checks')

    await tab(page, '图表')
    await page.waitForSelector('[data-test=chart-categories] canvas')
    await page.waitForSelector('[data-test=chart-visits-empty]')
    expect(await page.locator('[data-test=chart-visits-empty]').textContent()).toContain('2011年没有记录网站访问量')
    await checkA11y(page, '2011 report, charts')
    await shot(page, 'reports-2011-charts')
  })

  it(`locks the ${YEAR} report, which passes its checks, and publishes it`, async () => {
    const page = admin.page
    await open(page, `/admin/reports?year=${YEAR}&sub=1`)
    await page.waitForSelector('[data-test=report-status]')
    expect(await page.locator('[data-test=report-check-summary]').textContent()).toContain('不通过 0')

    if ((await state(page)) === '未创建') {
      await page.locator('[data-test=report-start]').click()
      await expect.poll(() => state(page), { timeout: 20_000 }).toBe('草稿')
    }
    if ((await state(page)) !== '草稿') {
      // A second run on the same server: reopen the year first.
      await page.locator('[data-test=report-unlock]').click()
      await page.locator(field('unlock-reason')).fill('端到端测试重新演示锁定和发布')
      await page.locator('[data-test=unlock-confirm]').click()
      await expect.poll(() => state(page), { timeout: 20_000 }).toBe('草稿')
    }
    // The deadline: 31 March of the next year for a people's government, long past.
    expect(await page.locator('[data-test=report-deadline]').textContent()).toMatch(/2025年3月31日.*已逾期\d+天/)
    await page.waitForSelector('[data-test=report-table-APPLICATIONS_2021]')
    await checkA11y(page, `${YEAR} draft`)
    await shot(page, `reports-${YEAR}-draft`)
    title = ((await page.locator('.report-doc__title').textContent()) ?? '').trim()
    expect(title).toBe(`攀枝花市东区${YEAR}年政府信息公开工作年度报告`)

    // Downloads: the Word document under the report's title, and the print preview in a new window.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=report-download-docx]').click()])
    expect(docx.suggestedFilename()).toBe(`${title}.docx`)
    const [preview] = await Promise.all([page.context().waitForEvent('page'), page.locator('[data-test=report-preview]').click()])
    await preview.waitForURL(/^blob:/)
    await preview.waitForLoadState()
    expect(await preview.locator('body').textContent()).toContain('收到和处理政府信息公开申请情况')
    await shot(preview, `reports-${YEAR}-print-preview`)
    await preview.close()

    await page.locator('[data-test=report-lock]').click()
    await page.waitForSelector('[data-test=lock-confirm]:visible')
    // Checks pass: a plain confirmation, no override reason asked for.
    expect(await page.locator(field('lock-reason')).count()).toBe(0)
    await checkA11y(page, 'lock confirmation')
    await shot(page, `reports-${YEAR}-lock-dialog`)
    await page.locator('[data-test=lock-confirm]').click()
    await expect.poll(() => state(page), { timeout: 20_000 }).toBe('已锁定')

    await page.locator('[data-test=report-publish]').click()
    await page.locator('.el-message-box').waitFor()
    await page.locator('.el-message-box__btns .el-button--primary').last().click()
    await expect.poll(() => state(page), { timeout: 20_000 }).toBe('已发布')

    await tab(page, '历史')
    await page.waitForSelector('[data-test=report-history]')
    const history = (await page.locator('[data-test=report-history]').textContent()) ?? ''
    expect(history).toContain('锁定')
    expect(history).toContain('发布')
    await checkA11y(page, `${YEAR} published, history`)
    await shot(page, `reports-${YEAR}-published`)
  })

  it('the portal lists the published report and shows it, also on a phone', async () => {
    const visitor = await newPage(browser)
    try {
      const page = visitor.page
      await open(page, `/reports?year=${YEAR}`)
      const link = page.locator('[data-test=published-reports] a', { hasText: title })
      await link.first().waitFor()
      await checkA11y(page, 'portal report list')
      await shot(page, 'reports-portal-list')
      await link.first().click()
      await page.waitForURL(/\/reports\/\d+$/)
      await page.waitForSelector('[data-test=report-document]')
      expect((await page.locator('h1').textContent())?.trim()).toBe(title)
      await page.waitForSelector('[data-test=report-table-APPEALS]')
      expect(await page.locator('[data-test=portal-report-docx]').getAttribute('href')).toMatch(/document\.docx$/)
      await checkA11y(page, 'portal report page')
      await shot(page, 'reports-portal-report')
      const reportPath = new URL(page.url()).pathname

      const phone = await newPage(browser, PHONE)
      try {
        await open(phone.page, reportPath)
        await phone.page.waitForSelector('[data-test=report-table-APPLICATIONS_2021]')
        // Readable at 375 px: the page itself never scrolls sideways (wide tables scroll in their own box).
        const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await checkA11y(phone.page, 'portal report page on a phone')
        await shot(phone.page, 'reports-portal-report-phone')
        await phone.page.emulateMedia({ media: 'print' })
        expect(await phone.page.locator('.portal__nav').isVisible()).toBe(false)
        expect(await phone.page.locator('[data-test=portal-report-print]').isVisible()).toBe(false)
      } finally {
        await phone.context.close()
      }
    } finally {
      await visitor.context.close()
    }
  })
})
