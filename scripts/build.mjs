// Builds dist/: tsc emits one .js + .d.ts per source file (rewriting `.ts` import extensions to
// `.js`), then the stylesheet's @imports are inlined into one dist/styles.css. No JS bundling:
// the consumer's bundler tree-shakes.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
})
if (existsSync('src/styles.css'))
  // One file for apps that link it directly; layers and light-dark() are kept as written.
  await build({
    entryPoints: ['src/styles.css'],
    bundle: true,
    outfile: 'dist/styles.css',
    logLevel: 'warning',
  })
console.log('built dist/')
