import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, settled, shot, signIn } from './support/browser'

/** Picks an option of the Element Plus select marked `data-test="<name>"`. */
async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.locator(`[data-test="${name}"]`).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

async function statusOf(page: Page): Promise<string> {
  return (await page.locator('[data-test=detail-status]').textContent())?.trim() ?? ''
}

/** Opens a step's dialog, lets `fill` complete it, confirms, and waits for the dialog to close. */
async function step(page: Page, action: string, fill: (dialog: ReturnType<Page['locator']>) => Promise<void> = async () => {}) {
  await page.locator(`[data-test="action-${action}"]`).click()
  const dialog = page.locator('.el-dialog:visible')
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator('[data-test=action-submit]').click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('applications for disclosure', () => {
  let browser: Browser
  let trackingNumber = ''
  let queryCode = ''

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a citizen applies on the portal with live validation and gets the tracking number and query code', async () => {
    const { context, page } = await newPage(browser)
    await open(page, '/apply')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('政府信息公开申请')
    await checkA11y(page, 'apply form')

    // A wrong check digit is explained before anything is sent.
    await page.locator(field('id-number')).fill('110105194912310021')
    await page.locator(field('applicant-name')).click()
    await expect.poll(() => page.locator('.el-form-item__error').allTextContents()).toContainEqual(
      expect.stringContaining('校验码不符'),
    )
    await page.locator(field('id-number')).fill('11010519491231002X')
    await page.locator(field('applicant-name')).fill('张三')
    await page.locator(field('phone')).fill('13812345678')
    await page.locator(field('email')).fill('zhangsan@example.cn')
    await choose(page, 'agency', '攀枝花市东区财政局')
    await page.locator(field('description')).fill('东区2025年老旧小区改造项目的资金安排及使用情况')
    await page.locator('[data-test=declaration]').click()
    await shot(page, 'applications-apply-filled')
    await page.locator('[data-test=submit-application]').click()

    await page.locator('[data-test=submitted]').waitFor()
    trackingNumber = (await page.locator('[data-test=tracking-number]').textContent())!.trim()
    queryCode = (await page.locator('[data-test=query-code]').textContent())!.trim()
    expect(trackingNumber).toMatch(/^YSQ-\d{4}-\d{6}$/)
    expect(queryCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    await checkA11y(page, 'apply confirmation')
    await shot(page, 'applications-apply-confirmation')
    await context.close()
  })

  it('the citizen follows the application with the query code and sees masked data only', async () => {
    const { context, page } = await newPage(browser)
    await open(page, `/track?number=${trackingNumber}`)
    await page.locator(field('track-code')).fill('AAAA-BBBB-CCCC')
    await page.locator('[data-test=track-submit]').click()
    await page.locator('[data-test=track-not-found]').waitFor()
    await page.locator(field('track-code')).fill(queryCode)
    await page.locator('[data-test=track-submit]').click()
    await page.locator('[data-test=track-result]').waitFor()
    expect(await page.locator('[data-test=track-status]').textContent()).toContain('办理中')
    const text = await page.locator('main').textContent()
    expect(text).toContain('张*')
    expect(text).not.toContain('13812345678')
    expect(text).not.toContain('11010519491231002X')
    expect(page.url()).not.toContain(queryCode)
    await checkA11y(page, 'tracking')
    await shot(page, 'applications-tracking')
    await context.close()
  })

  it('a caseworker finds it in the queue, registers a walk-in application and takes it through clarification, decision and delivery', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'caseworker')
    await open(page, `/admin/applications?trackingNumber=${trackingNumber}`)
    await expect.poll(() => page.locator('[data-test=queue-link]').allTextContents()).toEqual([trackingNumber])
    await open(page, '/admin/applications')
    await page.locator('[data-test=queue-link]').first().waitFor()
    await checkA11y(page, 'queue')
    await shot(page, 'applications-queue')

    // Registered in person today, so every step can be dated today, whatever the day of the week.
    await page.locator('[data-test=register-link]').click()
    await page.waitForURL(/\/admin\/applications\/new/)
    await page.locator(field('applicant-name')).fill('李四')
    await page.locator(field('id-number')).fill('510402198001010114')
    await page.locator(field('email')).fill('lisi@example.cn')
    await choose(page, 'agency', '攀枝花市东区民政局')
    await page.locator(field('description')).fill('2025年最低生活保障资金发放情况')
    await checkA11y(page, 'register form')
    await page.locator('[data-test=register-submit]').click()
    await page.locator('[data-test=open-registered]').click()
    await page.waitForURL(/\/admin\/applications\/\d+$/)
    await page.locator('[data-test=deadline]').waitFor()
    expect(await statusOf(page)).toBe('办理中')
    await checkA11y(page, 'detail')
    await shot(page, 'applications-detail-received')

    await step(page, 'REQUEST_CLARIFICATION', async (dialog) => {
      await dialog.locator('input[data-test=clarification-item], [data-test=clarification-item] input').fill('请明确所需信息的时间范围')
      await settled(page)
      await checkA11y(page, 'clarification dialog')
      await shot(page, 'applications-dialog-clarification')
    })
    await expect.poll(() => statusOf(page)).toBe('待补正')
    await step(page, 'RECEIVE_CLARIFICATION')
    await expect.poll(() => statusOf(page)).toBe('办理中')
    await step(page, 'DECIDE', async (dialog) => {
      await dialog.locator('[data-test=outcome]').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '予以公开' }).first().click()
    })
    await expect.poll(() => statusOf(page)).toBe('已答复')
    await step(page, 'DELIVER')
    await expect.poll(() => statusOf(page)).toBe('已送达')
    await expect.poll(() => page.locator('[data-test=timeline]').textContent()).toContain('答复已送达')
    expect(await page.locator('[data-test=documents]').textContent()).toContain('答复书')
    await checkA11y(page, 'detail (delivered)')
    await shot(page, 'applications-detail-delivered')
    await context.close()
  })

  it('the application form fits a phone screen', async () => {
    const { context, page } = await newPage(browser, PHONE)
    await open(page, '/apply')
    await page.locator(field('applicant-name')).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await checkA11y(page, 'apply form (375 px)')
    await shot(page, 'applications-apply-375')
    await context.close()
  })

  it('the statistics page shows the year as the annual report counts it', async () => {
    const { context, page } = await newPage(browser)
    await signIn(page, 'caseworker')
    await open(page, '/admin/applications/statistics')
    await page.locator('[data-test=table-three]').waitFor()
    const table = await page.locator('[data-test=table-three]').textContent()
    expect(table).toContain('本年新收')
    expect(table).toContain('结转下年')
    await page.locator('canvas').first().waitFor()
    await checkA11y(page, 'statistics')
    await shot(page, 'applications-statistics')
    await context.close()
  })
})
