import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DESKTOP, field, launch, newPage, open, settled, signIn } from '../support/browser'
import { choose, journey } from '../support/ui'

async function statusOf(page: Page): Promise<string> {
  return (await page.locator('[data-test=detail-status]').textContent())?.trim() ?? ''
}

/**
 * Journey "caseworker handles an application to a decision": the caseworker signs in, opens the queue,
 * registers an application received in person (so that every step can be dated today, whatever the day of the
 * week), finds it again through the queue's tracking-number filter (kept in the address), asks for a
 * clarification, receives it, decides to disclose and delivers the answer.
 */
describe('journey: caseworker handles an application to a decision', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('from the queue to the delivered answer', async () => {
    const visit = journey('caseworker-decides', DESKTOP)
    const { context, page } = await newPage(browser)

    /** Opens a step's dialog, lets `fill` complete it, confirms, and waits for the dialog to close. */
    async function step(action: string, fill: (dialog: ReturnType<Page['locator']>) => Promise<void> = async () => {}) {
      await page.locator(`[data-test="action-${action}"]`).click()
      const dialog = page.locator('.el-dialog:visible')
      await dialog.waitFor()
      await fill(dialog)
      await dialog.locator('[data-test=action-submit]').click()
      await dialog.waitFor({ state: 'hidden' })
    }

    await signIn(page, 'caseworker')
    await visit(page, 'console-home')

    await open(page, '/admin/applications')
    await page.locator('[data-test=queue-link]').first().waitFor()
    await visit(page, 'queue')

    await page.locator('[data-test=register-link]').click()
    await page.waitForURL(/\/admin\/applications\/new/)
    await page.locator(field('applicant-name')).fill('李四')
    await page.locator(field('id-number')).fill('510402198001010114')
    await page.locator(field('email')).fill('lisi@example.cn')
    await choose(page, '[data-test="agency"]', '攀枝花市东区民政局')
    await page.locator(field('description')).fill('2025年最低生活保障资金发放情况')
    await visit(page, 'register-form')
    await page.locator('[data-test=register-submit]').click()
    await page.locator('[data-test=open-registered]').click()
    await page.waitForURL(/\/admin\/applications\/\d+$/)
    await page.locator('[data-test=deadline]').waitFor()
    const detailPath = new URL(page.url()).pathname
    const trackingNumber = (await page.locator('main').textContent())?.match(/YSQ-\d{4}-\d{6}/)?.[0] ?? ''
    expect(trackingNumber).not.toBe('')
    expect(await statusOf(page)).toBe('办理中')

    // The queue filtered by the tracking number: the filter is in the address, so the view can be shared.
    await open(page, `/admin/applications?trackingNumber=${trackingNumber}`)
    await expect.poll(() => page.locator('[data-test=queue-link]').allTextContents()).toEqual([trackingNumber])
    await visit(page, 'queue-filtered')
    await page.locator('[data-test=queue-link]').first().click()
    await page.waitForURL(`**${detailPath}`)
    await page.locator('[data-test=deadline]').waitFor()
    await visit(page, 'detail-received')

    await step('REQUEST_CLARIFICATION', async (dialog) => {
      await dialog.locator('input[data-test=clarification-item], [data-test=clarification-item] input').fill('请明确所需信息的时间范围')
      await settled(page)
      await visit(page, 'clarification-dialog')
    })
    await expect.poll(() => statusOf(page)).toBe('待补正')
    await step('RECEIVE_CLARIFICATION')
    await expect.poll(() => statusOf(page)).toBe('办理中')
    await step('DECIDE', async (dialog) => {
      await dialog.locator('[data-test=outcome]').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '予以公开' }).first().click()
      await settled(page)
      await visit(page, 'decision-dialog')
    })
    await expect.poll(() => statusOf(page)).toBe('已答复')
    await step('DELIVER')
    await expect.poll(() => statusOf(page)).toBe('已送达')
    await expect.poll(() => page.locator('[data-test=timeline]').textContent()).toContain('答复已送达')
    expect(await page.locator('[data-test=documents]').textContent()).toContain('答复书')
    await visit(page, 'detail-delivered')
    await context.close()
  })
})
