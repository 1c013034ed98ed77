#!/usr/bin/env node
// Lists each documented user-facing endpoint of ibex-api.md §3 (rows 1–79) and the core action
// that calls it, found by scanning src/core/actions for path literals. Prints a Markdown table.
// Usage: node scripts/endpointCoverage.mjs [path/to/ibex-api.md]
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const docPath = process.argv[2] ?? '../shared/ibex-api.md'
const doc = readFileSync(docPath, 'utf8')
const index = doc.slice(doc.indexOf('## 3. Endpoint index'), doc.indexOf('## 4.'))

// A path with its parameters spelled `:x` and no trailing slash, to compare doc and code.
const normalise = (path) => path.replace(/\/+$/, '').replace(/:[A-Za-z]+/g, ':')

const documented = []
for (const line of index.split('\n')) {
  const cells = line.split('|').map((cell) => cell.trim())
  const number = Number(cells[1])
  if (!Number.isInteger(number) || number < 1 || number > 79) continue
  const path = /`([^`]+)`/.exec(cells[3] ?? '')?.[1]
  if (!path || cells[2]?.includes('/')) continue // grouped rows (55–60, 69–73 …) are listed apart
  documented.push({ number, method: cells[2], path, purpose: cells[5] })
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (entry.name.endsWith('.ts')) yield full
  }
}

const callers = new Map()
for (const file of files('src/core/actions')) {
  const source = readFileSync(file, 'utf8')
  const name = relative('src/core/actions', file).replace(/\.ts$/, '')
  const method = /method: '([A-Z]+)'/.exec(source)?.[1] ?? 'GET'
  if (name.endsWith('contactPath')) continue // a path helper, not an action
  // Address-book actions build their paths on `contactPath(id)` (…/addressbook/:id).
  const contactBase = '/v1.2/users/me/addressbook/${id}'
  const text = source
    .replace(/path = contactPath\([^)]*\)/g, `path = '${contactBase}'`)
    .replace(/path: contactPath\([^)]*\)/g, `path: '${contactBase}'`)
    .replace(/`\$\{(contactPath\([^)]*\)|base)\}/g, `\`${contactBase}`)
    .replace(/const path = `\$\{contactPath\([^)]*\)\}/g, `const path = \`${contactBase}`)
  for (const match of text.matchAll(/['`](\/v1\.2\/[^'`]*)['`]/g)) {
    const path = normalise(match[1].replace(/\$\{[^}]+\}/g, ':x'))
    const key = `${method} ${path}`
    callers.set(key, [...(callers.get(key) ?? []), name])
  }
}

const rows = documented.map((endpoint) => {
  const key = `${endpoint.method} ${normalise(endpoint.path)}`
  // A path built from a base (`${contactPath(id)}/crypto`) is matched on its last segments.
  const found =
    callers.get(key) ??
    [...callers].find(
      ([code]) =>
        code.startsWith(`${endpoint.method} :`) && key.endsWith(code.slice(code.indexOf(':') + 1)),
    )?.[1]
  return { ...endpoint, actions: found ?? [] }
})

console.log('| # | Method | Path | Core action |')
console.log('|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.number} | ${row.method} | \`${row.path}\` | ${row.actions.length ? row.actions.map((a) => `\`${a}\``).join(', ') : '—'} |`,
  )
}
const covered = rows.filter((row) => row.actions.length > 0).length
console.log(`\n${covered} of ${rows.length} single-path user-facing endpoints have a core action.`)
