import { chromium } from 'playwright-core'
const base = 'http://localhost:8084'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'] })
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
const page = await ctx.newPage()
page.on('pageerror', e => console.log('PAGEERROR', e.message))
page.on('console', m => { if (m.type() === 'error') console.log('CONSOLE', m.text()) })
async function shot(path, name) { await page.goto(base + path); await page.waitForSelector('#main'); await page.waitForTimeout(1500); await page.screenshot({ path: `/tmp/rp-shots/${name}.png`, fullPage: true }) }
await shot('/reading-points', 'portal-points')
await shot('/guide', 'portal-guide')
await page.goto(base + '/admin/login'); await page.waitForSelector('#main')
await page.locator('[data-test="username"] input, input[data-test="username"]').fill('clerk')
await page.locator('[data-test="password"] input, input[data-test="password"]').fill('gongkai-demo')
await page.locator('[data-test=login-submit]').click()
await page.waitForSelector('[data-test=current-user]')
for (const [p, n] of [['/admin/reading-points/entry','entry'],['/admin/reading-points/tally','tally'],['/admin/reading-points/import','import'],['/admin/reading-points/visits','visits'],['/admin/reading-points/tallies','tallies'],['/admin/reading-points','stats'],['/admin/reading-points/points','points'],['/admin/reading-points/transfers','transfers'],['/admin/activities','press'],['/admin/activities/website','website'],['/admin/activities/guides','guides']]) {
  await shot(p, n)
}
await browser.close()
