// Builds dist/: tsc emits one .js + .d.ts per source file (rewriting `.ts` import extensions to
// `.js`), then the stylesheet is copied. No bundling: the consumer's bundler tree-shakes.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
})
if (existsSync('src/styles.css')) cpSync('src/styles.css', 'dist/styles.css')
console.log('built dist/')
