import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { checkA11y, field, launch, newPage, open, PHONE, shot, signIn } from './support/browser'

describe('foundation', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('portal home loads in Chinese, the skip link moves focus to the content, and it is accessible', async () => {
    const { context, page } = await newPage(browser)
    await open(page, '/')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.title()).toContain('政府信息公开')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('欢迎访问')

    await page.keyboard.press('Tab')
    const skip = page.locator('a.skip-link')
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await skip.textContent()).toBe('跳到主要内容')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    await checkA11y(page, 'portal home')
    await shot(page, 'portal-home-1280')
    await context.close()
  })

  it('a staff page asks for sign-in, then admin sees the console and switches language', async () => {
    const { context, page } = await newPage(browser)
    await open(page, '/admin')
    await page.waitForURL((url) => url.pathname === '/admin/login' && url.searchParams.get('redirect') === '/admin')
    await checkA11y(page, 'login')
    await shot(page, 'login-1280')

    // A wrong password is explained on the form.
    await page.locator(field('username')).fill('admin')
    await page.locator(field('password')).fill('not-the-password')
    await page.locator('[data-test=login-submit]').click()
    await expect.poll(() => page.locator('[data-test=login-error]').textContent()).toContain('用户名或密码不正确')

    await signIn(page, 'admin')
    expect(new URL(page.url()).pathname).toBe('/admin')
    await expect.poll(() => page.locator('[data-test=current-user]').textContent()).toContain('系统管理员')
    await checkA11y(page, 'console home')
    await shot(page, 'console-home-1280')

    await page.locator('[data-test=language-switch]').click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Hello')
    expect(await page.title()).toContain('Government Information Disclosure')
    await checkA11y(page, 'console home (English)')
    await shot(page, 'console-home-en-1280')

    // The choice is remembered across a reload, and the session survives it too.
    await page.reload()
    await page.waitForSelector('[data-test=current-user]')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')

    await page.locator('[data-test=language-switch]').click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('您好')

    await page.locator('[data-test=sign-out]').click()
    await page.waitForURL(/\/admin\/login/)
    await context.close()
  })

  it('the console works at 375 px', async () => {
    const { context, page } = await newPage(browser, PHONE)
    await signIn(page, 'admin')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await checkA11y(page, 'console home (375 px)')
    await shot(page, 'console-home-375')
    await context.close()
  })

  it('an unknown address shows the not-found page', async () => {
    const { context, page } = await newPage(browser)
    await open(page, '/no/such/page')
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('页面不存在')
    await checkA11y(page, 'not found')
    await context.close()
  })
})
