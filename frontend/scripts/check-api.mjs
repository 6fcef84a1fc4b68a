// Fails when src/api/schema.d.ts is not what the committed OpenAPI document generates (run `npm run gen:api`).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-'))
const fresh = join(dir, 'schema.d.ts')
try {
  execFileSync(
    process.execPath,
    ['node_modules/openapi-typescript/bin/cli.js', '../backend/src/main/openapi/openapi.yaml', '-o', fresh],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (readFileSync(fresh, 'utf8') !== readFileSync('src/api/schema.d.ts', 'utf8')) {
    console.error('src/api/schema.d.ts is out of date with backend/src/main/openapi/openapi.yaml: run `npm run gen:api` and commit it.')
    process.exit(1)
  }
  console.log('src/api/schema.d.ts matches the OpenAPI document.')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
