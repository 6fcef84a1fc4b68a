import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { checkA11y, launch, newPage, open, shot, signIn } from './support/browser'

/** The caseworker's statistics page (the journeys of applying, tracking and deciding are in e2e/journeys/). */
describe('applications for disclosure', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
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
