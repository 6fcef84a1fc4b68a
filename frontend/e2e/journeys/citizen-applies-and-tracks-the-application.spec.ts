import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, field, launch, newPage, open, PHONE } from '../support/browser'
import { choose, journey } from '../support/ui'

/**
 * Journey "citizen applies and tracks the application", on a desktop and on a 375-pixel phone: the citizen fills
 * in the application form (a wrong ID check digit is explained before anything is sent), receives the tracking
 * number and query code, and later follows the application with them — a wrong code is refused, the right one
 * shows the status with the personal data masked.
 */
describe('journey: citizen applies and tracks the application', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const viewport of [DESKTOP, PHONE]) {
    it(`at ${viewport.width} px`, async () => {
      const visit = journey('citizen-applies', viewport)
      const applicant = await newPage(browser, viewport)
      let page = applicant.page

      await open(page, '/apply')
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('政府信息公开申请')
      await visit(page, 'apply-form')

      // A wrong check digit is explained before anything is sent.
      await page.locator(field('id-number')).fill('110105194912310021')
      await page.locator(field('applicant-name')).click()
      await expect.poll(() => page.locator('.el-form-item__error').allTextContents()).toContainEqual(
        expect.stringContaining('校验码不符'),
      )
      await visit(page, 'apply-form-invalid-id')

      await page.locator(field('id-number')).fill('11010519491231002X')
      await page.locator(field('applicant-name')).fill('张三')
      await page.locator(field('phone')).fill('13812345678')
      await page.locator(field('email')).fill('zhangsan@example.cn')
      await choose(page, '[data-test="agency"]', '攀枝花市东区财政局')
      await page.locator(field('description')).fill('东区2025年老旧小区改造项目的资金安排及使用情况')
      await page.locator('[data-test=declaration]').click()
      await page.locator('[data-test=submit-application]').click()

      await page.locator('[data-test=submitted]').waitFor()
      const trackingNumber = (await page.locator('[data-test=tracking-number]').textContent())!.trim()
      const queryCode = (await page.locator('[data-test=query-code]').textContent())!.trim()
      expect(trackingNumber).toMatch(/^YSQ-\d{4}-\d{6}$/)
      expect(queryCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
      await visit(page, 'apply-confirmation')
      await applicant.context.close()

      // Later, in a new session: the tracking number and the query code are all the citizen has.
      const tracker = await newPage(browser, viewport)
      page = tracker.page
      await open(page, `/track?number=${trackingNumber}`)
      await page.locator(field('track-code')).fill('AAAA-BBBB-CCCC')
      await page.locator('[data-test=track-submit]').click()
      await page.locator('[data-test=track-not-found]').waitFor()
      await visit(page, 'track-wrong-code')

      await page.locator(field('track-code')).fill(queryCode)
      await page.locator('[data-test=track-submit]').click()
      await page.locator('[data-test=track-result]').waitFor()
      expect(await page.locator('[data-test=track-status]').textContent()).toContain('办理中')
      const text = await page.locator('main').textContent()
      expect(text).toContain(trackingNumber)
      expect(text).toContain('张*')
      expect(text).not.toContain('13812345678')
      expect(text).not.toContain('11010519491231002X')
      expect(page.url()).not.toContain(queryCode)
      await visit(page, 'track-result')
      await tracker.context.close()
    })
  }
})
