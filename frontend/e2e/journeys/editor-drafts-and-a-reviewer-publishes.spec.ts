import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, field, launch, newPage, open, signIn } from '../support/browser'
import { choose, confirmBox, journey, pickDate, todayInBeijing } from '../support/ui'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', 'ascii')

/**
 * Journey "editor drafts and a reviewer publishes": an editor drafts an item (the server's validation message
 * lands under its field), attaches a PDF (a file of the wrong type is refused with the reason) and submits it
 * for secrecy review; a reviewer finds it in the review queue and publishes it; the item is then on the portal.
 */
describe('journey: editor drafts and a reviewer publishes', () => {
  let browser: Browser
  // A phrase no demo item contains, so that the item is found by its title.
  const run = Date.now().toString().slice(-6)
  const title = `关于开展雪莲花行动第${run}期专项检查的通知`

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('from a draft to a published item', async () => {
    const visit = journey('editor-publishes', DESKTOP)
    const editor = await newPage(browser)
    let page = editor.page
    await signIn(page, 'editor')
    await visit(page, 'console-home')

    await open(page, '/admin/items')
    await page.waitForSelector('[data-test=items-table]')
    await visit(page, 'item-list')
    await page.locator('[data-test=item-create]').click()
    await page.waitForURL('**/admin/items/new')
    await page.waitForSelector('[data-test=item-form]')

    await page.locator(field('item-title')).fill(title)
    await choose(page, '[data-test=item-category]', '工作动态')
    await choose(page, '[data-test=item-topic]', '市场监管、安全生产监管')
    const future = new Date(Date.now() + 2 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)
    await pickDate(page, field('item-written-date'), future)
    await page.locator('textarea[data-test=item-body], [data-test=item-body] textarea').fill(
      '各街道办事处，区级各部门：\n为保障人民群众饮食安全，区市场监管局决定开展雪莲花行动专项检查。\n请各单位认真组织实施。',
    )
    await page.locator('[data-test=item-save]').click()
    await expect
      .poll(() => page.locator('[data-test=item-form] .el-form-item__error').allTextContents())
      .toContain('成文日期不能晚于今天。')
    await visit(page, 'item-form-server-error')

    await pickDate(page, field('item-written-date'), todayInBeijing())
    await page.locator('[data-test=item-save]').click()
    await page.waitForURL(/\/admin\/items\/\d+$/)
    const itemPath = new URL(page.url()).pathname
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('草稿')

    const input = page.locator('[data-test=attachment-upload] input[type=file]')
    await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000') })
    await page.waitForSelector('[data-test=upload-failure]')
    expect(await page.locator('[data-test=upload-failure]').textContent()).toContain('setup.exe')
    expect(await page.locator('[data-test=problem]').textContent()).toContain('不支持该类型的附件')
    await visit(page, 'draft-upload-refused')
    await input.setInputFiles({ name: '雪莲花行动检查表.pdf', mimeType: 'application/pdf', buffer: PDF })
    await expect.poll(() => page.locator('[data-test=attachments]').textContent()).toContain('雪莲花行动检查表.pdf')

    await page.locator('[data-test=action-submit]').click()
    await confirmBox(page)
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('待审查')
    expect(await page.locator('[data-test=item-events]').textContent()).toContain('提交审查')
    await visit(page, 'item-submitted')
    await editor.context.close()

    const reviewer = await newPage(browser)
    page = reviewer.page
    await signIn(page, 'reviewer')
    await open(page, '/admin/review')
    await page.waitForSelector('[data-test=items-table] .el-table__row')
    await visit(page, 'review-queue')
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL(`**${itemPath}`)
    await page.locator('[data-test=action-approve]').click()
    await page.locator('[data-test=action-dialog]').waitFor()
    await visit(page, 'approval-dialog')
    await page.locator('[data-test=action-confirm]').click()
    await expect.poll(() => page.locator('[data-test=item-status]').first().textContent()).toBe('已发布')
    await page.locator('[data-test=action-dialog]').waitFor({ state: 'hidden' })
    const indexNumber = (await page.locator('[data-test=meta-index-number]').textContent())?.trim()
    expect(indexNumber).toMatch(/^DQ\/\d{4}-\d{5}$/)
    expect(await page.locator('[data-test=item-events]').textContent()).toContain('审查通过并发布')
    await visit(page, 'item-published')
    await reviewer.context.close()

    // Published means public: anyone can read it, with its index number and attachment.
    const visitor = await newPage(browser)
    page = visitor.page
    await open(page, itemPath.replace('/admin', ''))
    await page.waitForSelector('[data-test=item-title]')
    expect(await page.locator('[data-test=item-title]').textContent()).toBe(title)
    expect((await page.locator('[data-test=meta-index-number]').textContent())?.trim()).toBe(indexNumber)
    expect(await page.locator('[data-test=attachments] a').getAttribute('href')).toMatch(/\/api\/v1\/items\/\d+\/attachments\/\d+/)
    await visit(page, 'portal-item')
    await visitor.context.close()
  })
})
