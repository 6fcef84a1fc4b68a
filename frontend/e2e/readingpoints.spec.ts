import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { checkA11y, launch, newPage, open, PHONE, shot, signIn } from './support/browser'
import { numberIn } from './support/ui'

/** Imports and the portal's pages of reading points (the clerk's journey of logging visits is in e2e/journeys/). */
describe('reading points', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
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
