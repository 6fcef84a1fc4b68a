import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, shot, signIn } from './support/browser'

/**
 * The disclosure journey: an editor drafts an item (the server's validation message lands under its field,
 * an attachment of the wrong type is refused, a PDF is attached) and submits it; a reviewer publishes it from
 * the review queue; the public finds it through the Chinese search and reads it.
 */

/** Chooses an option of an Element Plus select by its visible text. */
async function choose(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** Types an ISO date into an Element Plus date picker and confirms it. */
async function pickDate(page: Page, selector: string, iso: string): Promise<void> {
  const input = page.locator(selector).first()
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Answers the confirmation box (ConfirmButton, ElMessageBox) with its primary button. */
async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box').waitFor()
  await page.locator('.el-message-box__btns .el-button--primary, .el-message-box__btns .el-button--danger').last().click()
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', 'ascii')

describe('disclosure items', () => {
  let browser: Browser
  let editor: { context: BrowserContext; page: Page }
  // A phrase no demo item contains, so that the search finds exactly this item.
  const run = Date.now().toString().slice(-6)
  const title = `关于开展雪莲花行动第${run}期专项检查的通知`
  let itemPath = ''

  beforeAll(async () => {
    browser = await launch()
    editor = await newPage(browser)
    await signIn(editor.page, 'editor')
  })
  afterAll(async () => {
    await editor?.context.close()
    await browser?.close()
  })

  it('an editor drafts an item; a date the server refuses is explained under its field', async () => {
    const page = editor.page
    await open(page, '/admin/items')
    await page.waitForSelector('[data-test=items-table]')
    await checkA11y(page, 'console item list')
    await page.locator('[data-test=item-create]').click()
    await page.waitForURL('**/admin/items/new')
    await page.waitForSelector('[data-test=item-form]')

    await page.locator(field('item-title')).fill(title)
    await choose(page, '[data-test=item-category]', '工作动态')
    await choose(page, '[data-test=item-topic]', '市场监管、安全生产监管')
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
    await pickDate(page, field('item-written-date'), tomorrow)
    await page.locator('textarea[data-test=item-body], [data-test=item-body] textarea').fill(
      '各街道办事处，区级各部门：\n为保障人民群众饮食安全，区市场监管局决定开展雪莲花行动专项检查。\n请各单位认真组织实施。',
    )
    await page.locator('[data-test=item-save]').click()
    await expect
      .poll(() => page.locator('[data-test=item-form] .el-form-item__error').allTextContents())
      .toContain('成文日期不能晚于今天。')
    await checkA11y(page, 'item form with a server error')
    await shot(page, 'items-form-error')

    const today = new Date().toISOString().slice(0, 10)
    await pickDate(page, field('item-written-date'), today)
    await page.locator('[data-test=item-save]').click()
    await page.waitForURL(/\/admin\/items\/\d+$/)
    itemPath = new URL(page.url()).pathname
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('草稿')
  })

  it('attachments: a file of the wrong type is refused with the reason, a PDF is uploaded', async () => {
    const page = editor.page
    const input = page.locator('[data-test=attachment-upload] input[type=file]')
    await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000') })
    await page.waitForSelector('[data-test=upload-failure]')
    expect(await page.locator('[data-test=upload-failure]').textContent()).toContain('setup.exe')
    expect(await page.locator('[data-test=problem]').textContent()).toContain('不支持该类型的附件')
    await shot(page, 'items-upload-refused')

    await input.setInputFiles({ name: '雪莲花行动检查表.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect.poll(() => page.locator('[data-test=attachments]').textContent()).toContain('雪莲花行动检查表.pdf')
  })

  it('the editor submits the draft for secrecy review', async () => {
    const page = editor.page
    await page.locator('[data-test=action-submit]').click()
    await confirmBox(page)
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('待审查')
    expect(await page.locator('[data-test=item-events]').textContent()).toContain('提交审查')
    await checkA11y(page, 'item pending review')
    await shot(page, 'items-submitted')
  })

  it('a reviewer finds it in the review queue and publishes it', async () => {
    const reviewer = await newPage(browser)
    const page = reviewer.page
    await signIn(page, 'reviewer')
    await open(page, '/admin/review')
    await page.waitForSelector('[data-test=items-table] .el-table__row')
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL(`**${itemPath}`)
    await page.locator('[data-test=action-approve]').click()
    await page.locator('[data-test=action-dialog]').waitFor()
    await checkA11y(page, 'approval dialog')
    await page.locator('[data-test=action-confirm]').click()
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('已发布')
    await page.locator('[data-test=action-dialog]').waitFor({ state: 'hidden' })
    const indexNumber = await page.locator('[data-test=meta-index-number]').textContent()
    expect(indexNumber).toMatch(/^DQ\/\d{4}-\d{5}$/)
    expect(await page.locator('[data-test=item-events]').textContent()).toContain('审查通过并发布')
    await shot(page, 'items-published')
    await reviewer.context.close()
  })

  it('the public finds it through the Chinese search and reads it', async () => {
    const visitor = await newPage(browser)
    const page = visitor.page
    await open(page, '/')
    await page.locator(field('home-q')).fill('雪莲花行动')
    await page.locator('[data-test=home-search]').click()
    await page.waitForURL('**/search?q=*')
    await page.waitForSelector('[data-test=search-hits] li')
    const first = page.locator('[data-test=search-hits] li').first()
    expect(await first.locator('em').first().textContent()).toContain('雪莲花')
    expect(await page.locator('[data-test=search-total]').textContent()).toContain('1')
    await checkA11y(page, 'search results')
    await shot(page, 'items-search')

    await first.locator('a').first().click()
    await page.waitForSelector('[data-test=item-title]')
    expect(await page.locator('[data-test=item-title]').textContent()).toBe(title)
    expect(await page.locator('[data-test=meta-index-number]').textContent()).toMatch(/^DQ\/\d{4}-\d{5}$/)
    expect(await page.locator('[data-test=item-body]').textContent()).toContain('雪莲花行动专项检查')
    expect(await page.locator('[data-test=attachments] a').getAttribute('href')).toMatch(/\/api\/v1\/items\/\d+\/attachments\/\d+/)
    await checkA11y(page, 'item page')
    await shot(page, 'items-page')
    await visitor.context.close()
  })

  it('the catalogue filters by category in the address and works at 375 px', async () => {
    const phone = await newPage(browser, PHONE)
    await open(phone.page, '/catalogue?category=NORMATIVE')
    await phone.page.waitForSelector('[data-test=catalogue] li')
    expect(await phone.page.locator('[data-test=catalogue] li').first().textContent()).toContain('行政规范性文件')
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await checkA11y(phone.page, 'catalogue (375 px)')
    await shot(phone.page, 'items-catalogue-375')
    await open(phone.page, '/')
    await phone.page.waitForSelector('[data-test=home-latest] li')
    await checkA11y(phone.page, 'home (375 px)')
    await phone.context.close()
  })
})
