// Bundle budget: the JavaScript a visitor's browser must download before the portal's home page shows —
// the entry chunk, everything it imports statically, and the home route's chunk with its static imports —
// measured gzip-compressed from the Vite manifest. Fails the build when it exceeds the budget.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 250)
const dist = 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
// The routes a first visit to "/" loads besides the entry (lazy in the router, but needed at once).
const FIRST_VIEW = ['src/views/portal/HomeView.vue']

const files = new Set()
function collect(key) {
  const chunk = manifest[key]
  if (!chunk || files.has(chunk.file)) return
  files.add(chunk.file)
  for (const imported of chunk.imports ?? []) collect(imported)
}
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry)
if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`)
collect(entries[0][0])
for (const key of FIRST_VIEW) {
  if (!manifest[key]) throw new Error(`${key} is not in the build manifest`)
  collect(key)
}

let total = 0
const rows = [...files]
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
    total += gz
    return { file, gz }
  })
  .sort((a, b) => b.gz - a.gz)
for (const r of rows) console.log(`${(r.gz / 1024).toFixed(1).padStart(8)} kB  ${r.file}`)
const totalKb = total / 1024
console.log(`Portal initial JavaScript: ${totalKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`)
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB: lazy-load what the portal home does not need.`)
  process.exit(1)
}
