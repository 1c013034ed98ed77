// Imports every package entry from dist/ in plain Node (no DOM): proves the build output loads
// on a server (SSR-safe: nothing touches window at import time) and that the exports map is right.
import { execFileSync } from 'node:child_process'
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
// Every bin starts from dist/ (its --help exits 0).
for (const [name, file] of Object.entries(pkg.bin ?? {})) {
  if (name !== 'ibex-doctor') continue // ibex-mock listens instead of exiting
  try {
    execFileSync(process.execPath, [file, '--help'], { stdio: 'pipe' })
    console.log(`ok   bin ${name}`)
  } catch (error) {
    failed = true
    console.error(`FAIL bin ${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
process.exit(failed ? 1 : 0)
