import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, field, launch, newPage, open, PHONE } from '../support/browser'
import { journey } from '../support/ui'

/**
 * Journey "citizen searches and reads an item", on a desktop and on a 375-pixel phone: from the portal's home
 * page a citizen searches in Chinese, opens a hit and reads it; then browses a category of the catalogue (the
 * filter is in the address) and opens an item from there. Only the demo catalogue is used, so the journey does
 * not depend on any other spec.
 */
describe('journey: citizen searches and reads an item', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const viewport of [DESKTOP, PHONE]) {
    it(`at ${viewport.width} px`, async () => {
      const visit = journey('citizen-reads', viewport)
      const { context, page } = await newPage(browser, viewport)

      await open(page, '/')
      await page.waitForSelector('[data-test=home-latest] li')
      await visit(page, 'home')

      await page.locator(field('home-q')).fill('生活垃圾分类')
      await page.locator('[data-test=home-search]').click()
      await page.waitForURL('**/search?q=*')
      await page.waitForSelector('[data-test=search-hits] li')
      const first = page.locator('[data-test=search-hits] li').first()
      expect(await first.locator('em').first().textContent()).toMatch(/垃圾|分类/)
      expect(Number((await page.locator('[data-test=search-total]').textContent())?.replace(/[^0-9]/g, ''))).toBeGreaterThan(0)
      await visit(page, 'search-results')

      const hitTitle = (await first.locator('a').first().textContent())?.trim() ?? ''
      await first.locator('a').first().click()
      await page.waitForSelector('[data-test=item-title]')
      expect(await page.locator('[data-test=item-title]').textContent()).toBe(hitTitle)
      expect(await page.locator('[data-test=meta-index-number]').first().textContent()).toMatch(/^DQ[-A-Z]*\/\d{4}-\d{5}$/)
      expect((await page.locator('[data-test=item-body]').textContent())?.length).toBeGreaterThan(20)
      await visit(page, 'item')

      // Browsing instead of searching: a category of the home page opens the catalogue filtered by it.
      await open(page, '/')
      await page.locator('[data-test=home-categories] a', { hasText: '规划计划' }).first().click()
      await page.waitForURL((url) => url.pathname === '/catalogue' && url.searchParams.get('category') === 'PLANNING')
      await page.waitForSelector('[data-test=catalogue] li')
      await visit(page, 'catalogue-category')

      const listed = page.locator('[data-test=catalogue] li a').first()
      const listedTitle = (await listed.textContent())?.trim() ?? ''
      await listed.click()
      await page.waitForSelector('[data-test=item-title]')
      expect(await page.locator('[data-test=item-title]').textContent()).toBe(listedTitle)
      await visit(page, 'item-from-catalogue')
      await context.close()
    })
  }
})
