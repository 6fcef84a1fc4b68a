/**
 * End-to-end harness: Debian's Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`) driven by playwright-core
 * (no browser download), against a running backend that serves the built app (`E2E_BASE_URL`, default
 * http://localhost:8080). See README, "Frontend", for how to start one.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const DEMO_PASSWORD = process.env.GONGKAI_DEMO_PASSWORD ?? 'gongkai-demo'
const ARTIFACTS = join(__dirname, '..', 'artifacts')

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
}

export interface Viewport {
  width: number
  height: number
}
export const DESKTOP: Viewport = { width: 1280, height: 900 }
export const PHONE: Viewport = { width: 375, height: 812 }

/** A fresh context (own storage) that starts in Chinese, as a first-time visitor does. */
export async function newPage(browser: Browser, viewport: Viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'zh-CN' })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  // Fail loudly on errors the app logs, instead of a confusing timeout later.
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`))
  return { context, page }
}

/** Opens a path of the app and waits until the router has rendered it. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(BASE_URL + path)
  await page.waitForSelector('#main')
}

/** The native input of an Element Plus field marked `data-test="<name>"` (on the input or its wrapper). */
export function field(name: string): string {
  return `input[data-test="${name}"], [data-test="${name}"] input, textarea[data-test="${name}"]`
}

/** Signs in through the login form as a demo account and waits for the console. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await open(page, '/admin/login')
  await page.locator(field('username')).fill(username)
  await page.locator(field('password')).fill(password)
  await page.locator('[data-test=login-submit]').click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
  await page.waitForSelector('[data-test=current-user]')
}

/** Saves a full-page screenshot as e2e/artifacts/<name>.png (gitignored) and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Waits until CSS transitions and animations have finished (colours measured mid-fade are wrong). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
    timeout: 5_000,
  }).catch(() => undefined)
}

export interface A11yIssue {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules and fails on `serious` or `critical` violations, printing each
 * with the elements at fault.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  await settled(page)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const issues: A11yIssue[] = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    }))
  if (issues.length > 0) {
    const text = issues
      .map((i) => `  [${i.impact}] ${i.id}: ${i.help}\n${i.targets.map((t) => `      ${t}`).join('\n')}`)
      .join('\n')
    throw new Error(`Accessibility violations on ${label}:\n${text}`)
  }
}
