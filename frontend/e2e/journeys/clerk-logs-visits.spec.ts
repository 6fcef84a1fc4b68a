import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, field, launch, newPage, open, signIn } from '../support/browser'
import { journey, numberIn } from '../support/ui'

/**
 * Journey "clerk logs visits": at the reading point's desk the clerk logs a visit with the keyboard only, sees the
 * day's running total, undoes a mistaken entry and logs it again, records the day's tally of a busy hall, and
 * finds the day counted on the statistics page.
 */
describe('journey: clerk logs visits', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('visits, undo, the day\'s tally and the statistics', async () => {
    const visit = journey('clerk-logs-visits', DESKTOP)
    const { context, page } = await newPage(browser)
    await signIn(page, 'clerk')
    await visit(page, 'console-home')

    await open(page, '/admin/reading-points/entry')
    const people = page.locator(field('entry-people'))
    // The point is preselected and today's totals are loaded; the cursor waits in the first field.
    await expect.poll(() => page.locator('[data-test=entry-point] .el-select__placeholder').textContent()).toContain('政务服务中心一号')
    await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.waitForSelector('[data-test=day-totals]:not([data-loaded=""])')
    const before = await numberIn(page, 'day-total-people')
    await visit(page, 'visit-entry')

    async function logVisit(): Promise<void> {
      await page.keyboard.press('Control+A')
      await page.keyboard.type('2')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Control+A')
      await page.keyboard.type('3')
      await page.keyboard.press('Tab')
      await page.keyboard.type('咨询城乡低保申请条件')
      await page.keyboard.press('Enter')
    }

    await logVisit()
    await expect.poll(() => numberIn(page, 'day-total-people')).toBe(before + 2)
    expect(await people.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await people.inputValue()).toBe('1')
    await expect.poll(() => page.locator('[data-test=entry-announcement]').textContent()).toContain('已登记 2 人')
    await visit(page, 'visit-logged')

    // Undo within the minute, from the keyboard; then log it again.
    await page.keyboard.press('Alt+z')
    await expect.poll(() => numberIn(page, 'day-total-people')).toBe(before)
    await people.focus()
    await logVisit()
    await expect.poll(() => numberIn(page, 'day-total-people')).toBe(before + 2)

    await open(page, '/admin/reading-points/tally')
    const tallyPeople = page.locator(field('tally-people'))
    await expect.poll(() => page.locator('[data-test=tally-point] .el-select__placeholder').textContent()).toContain('政务服务中心')
    await page.waitForSelector('[data-test=day-totals]:not([data-loaded=""])')
    await expect.poll(() => tallyPeople.evaluate((el) => el === document.activeElement)).toBe(true)
    await visit(page, 'tally-entry')
    await tallyPeople.fill('1234')
    await page.locator(field('tally-items')).fill('610')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-test=tally-saved]').textContent()).toContain('1,234')
    expect(await numberIn(page, 'day-total-people')).toBeGreaterThanOrEqual(1234)
    await visit(page, 'tally-saved')

    await open(page, '/admin/reading-points')
    await page.waitForSelector('[data-test=chart-monthly] canvas')
    await expect.poll(() => numberIn(page, 'stats-people')).toBeGreaterThanOrEqual(1236)
    await visit(page, 'statistics')
    await context.close()
  })
})
