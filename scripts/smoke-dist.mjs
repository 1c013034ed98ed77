// Imports every package entry from dist/ in plain Node (no DOM): proves the build output loads
// on a server (SSR-safe: nothing touches window at import time) and that the exports map is right.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
let failed = false
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue // styles.css and package.json
  const specifier = `ibex-react${entry.slice(1)}`
  try {
    const module = await import(specifier)
    console.log(`ok   ${specifier} (${Object.keys(module).length} exports)`)
  } catch (error) {
    failed = true
    console.error(`FAIL ${specifier}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
// The installed bin: `npx ibex-mock --help` exits 0 with the usage; an unknown flag exits 2.
for (const [name, bin] of Object.entries(pkg.bin ?? {})) {
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 30_000 })
  const wrong = spawnSync(process.execPath, [bin, '--no-such-flag'], {
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (help.status === 0 && help.stdout.includes(`Usage: ${name}`) && wrong.status === 2) {
    console.log(`ok   ${name} --help (exit 0), unknown flag (exit 2)`)
  } else {
    failed = true
    console.error(`FAIL ${name}: --help exit ${help.status}, unknown flag exit ${wrong.status}`)
  }
}
process.exit(failed ? 1 : 0)
