import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, shot, signIn } from './support/browser'

/** The number shown in a data-test element, without thousands separators. */
async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.locator(`[data-test=${testId}]`).textContent()) ?? ''
  return Number(text.replace(/[^0-9]/g, ''))
}

describe('reading points', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a clerk logs a visit with the keyboard only, sees the running total, and undoes it', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'clerk')
    await open(page, '/admin/reading-points/entry')
    const people = page.locator(field('entry-people'))
    // The point is preselected and today's totals are loaded; the cursor waits in the first field.
    await expect.poll(() => page.locator('[data-test=entry-point] .el-select__placeholder').textContent()).toContain('政务服务中心一号')
    await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.waitForSelector('[data-test=day-totals]:not([data-loaded=""])')
    const before = await numberIn(page, 'day-total-people')

    await page.keyboard.press('Control+A')
    await page.keyboard.type('2')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('3')
    await page.keyboard.press('Tab')
    await page.keyboard.type('咨询城乡低保申请条件')
    await page.keyboard.press('Enter')

    await expect.poll(() => numberIn(page, 'day-total-people')).toBe(before + 2)
    expect(await people.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await people.inputValue()).toBe('1')
    await expect.poll(() => page.locator('[data-test=entry-announcement]').textContent()).toContain('已登记 2 人')
    await checkA11y(page, 'visit entry')
    await shot(page, 'readingpoints-entry-1280')

    // Undo within the minute, from the keyboard.
    await page.keyboard.press('Alt+z')
    await expect.poll(() => numberIn(page, 'day-total-people')).toBe(before)
    await context.close()
  })

  it('a clerk records the day\'s tally, and the day total includes it', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'clerk')
    await open(page, '/admin/reading-points/tally')
    const people = page.locator(field('tally-people'))
    await expect.poll(() => page.locator('[data-test=tally-point] .el-select__placeholder').textContent()).toContain('政务服务中心')
    await page.waitForSelector('[data-test=day-totals]:not([data-loaded=""])')
    await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true)
    await people.fill('1234')
    await page.locator(field('tally-items')).fill('610')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-test=tally-saved]').textContent()).toContain('1,234')
    const total = await numberIn(page, 'day-total-people')
    expect(total).toBeGreaterThanOrEqual(1234)
    await checkA11y(page, 'tally entry')
    await shot(page, 'readingpoints-tally-1280')
    await context.close()
  })

  it('an import with one bad row writes nothing and reports the row, the column and why', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'clerk')
    await open(page, '/admin/reading-points/import')
    const csv = [
      '查阅点,日期,接待人数,查阅信息数',
      '东区档案馆政府信息查阅点,2025-03-01,3,4',
      '东区图书馆政府信息查阅点,2025-03-01,5,6',
      '东区档案馆政府信息查阅点,2025-03-02,-1,2',
    ].join('\n')
    await page.locator('[data-test=import-file]').setInputFiles({
      name: '三月日汇总.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    await page.locator('[data-test=import-submit]').click()
    await page.waitForSelector('[data-test=import-report]')
    expect(await page.locator('[data-test=import-outcome]').textContent()).toContain('整个文件未导入')
    const rejected = page.locator('[data-test=import-rejected] .el-table__body tr')
    await expect.poll(() => rejected.count()).toBe(1)
    const cells = await rejected.first().locator('td').allTextContents()
    expect(cells[0].trim()).toBe('4')
    expect(cells[1]).toContain('接待人数')
    expect(cells[3]).toContain('不能是负数')
    expect(await numberIn(page, 'import-count-rejectedRows')).toBe(1)
    // The pointer still rests on the button just clicked; measure the page, not the hover colour.
    await page.mouse.move(0, 0)
    await checkA11y(page, 'tally import report')
    await shot(page, 'readingpoints-import-report-1280')
    await context.close()
  })

  it('the statistics page draws the year', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'clerk')
    await open(page, '/admin/reading-points')
    await page.waitForSelector('[data-test=chart-monthly] canvas')
    await expect.poll(() => numberIn(page, 'stats-people')).toBeGreaterThan(0)
    await checkA11y(page, 'reading point statistics')
    await shot(page, 'readingpoints-statistics-1280')
    await context.close()
  })

  it('the portal lists the reading points with addresses, hours and phones, on a desktop and a phone', async () => {
    for (const [viewport, name] of [
      [undefined, 'portal-reading-points-1280'],
      [PHONE, 'portal-reading-points-375'],
    ] as const) {
      const { context, page } = await newPage(browser, viewport)
      await open(page, '/reading-points')
      await page.waitForSelector('[data-test=portal-point]')
      const cards = await page.locator('[data-test=portal-point]').allTextContents()
      expect(cards.some((c) => c.includes('东区政务服务中心一号查阅点') && c.includes('0812-2225001'))).toBe(true)
      expect(cards.some((c) => c.includes('东区档案馆政府信息查阅点'))).toBe(true)
      expect(await page.locator('h1').first().textContent()).toContain('政府信息查阅点')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await checkA11y(page, name)
      await shot(page, name)
      await context.close()
    }
  })

  it('the portal shows the disclosure guide in force', async () => {
    const { context, page } = await newPage(browser)
    await open(page, '/guide')
    await page.waitForSelector('[data-test=guide-body]')
    expect(await page.locator('[data-test=guide-meta]').textContent()).toContain('起施行')
    await checkA11y(page, 'disclosure guide')
    await shot(page, 'portal-guide-1280')
    await context.close()
  })
})
