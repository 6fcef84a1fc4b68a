/**
 * Helpers for driving Element Plus controls and checking a page the same way in every journey: each page a
 * journey reaches is scanned with axe and photographed through {@link visit}.
 */
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { checkA11y, shot, type Viewport } from './browser'

/** Chooses an option of an Element Plus select by its visible text. */
export async function choose(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** Types an ISO date into an Element Plus date picker and confirms it. */
export async function pickDate(page: Page, selector: string, iso: string): Promise<void> {
  const input = page.locator(selector).first()
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Answers the confirmation box (ConfirmButton, ElMessageBox) with its primary button. */
export async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box').waitFor()
  await page.locator('.el-message-box__btns .el-button--primary, .el-message-box__btns .el-button--danger').last().click()
}

/** Today in Beijing (the server's calendar day), as an ISO date. */
export function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** The page is no wider than the screen (nothing to scroll sideways on a phone). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

/**
 * One step of a journey: the page must pass the axe scan (no serious or critical WCAG 2.1 AA violation),
 * must not scroll sideways on a phone, and is saved as `e2e/artifacts/<journey>-<width>-<nn>-<name>.png`.
 */
export function journey(name: string, viewport: Viewport) {
  let step = 0
  return async function visit(page: Page, pageName: string): Promise<void> {
    step += 1
    const label = `${name} (${viewport.width} px): ${pageName}`
    if (viewport.width < 600) {
      await expectNoSidewaysScroll(page)
    }
    await checkA11y(page, label)
    await shot(page, `${name}-${viewport.width}-${String(step).padStart(2, '0')}-${pageName}`)
  }
}

/** The number shown in a data-test element, without thousands separators. */
export async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.locator(`[data-test=${testId}]`).textContent()) ?? ''
  return Number(text.replace(/[^0-9]/g, ''))
}
