// Builds dist/: tsc emits one .js + .d.ts per source file (rewriting `.ts` import extensions to
// `.js`); the code the kit loads on demand is then pre-bundled into a few dist/lazy/<family>.js
// (scripts/bundleLazy.mjs says why), while the eager code stays one file per module for the
// consumer's bundler to tree-shake; the stylesheet's @imports are inlined into one
// dist/styles.css.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { bundleLazy } from './bundleLazy.mjs'

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
})
const lazy = await bundleLazy(resolve('dist'))
console.log(
  `bundled ${lazy.moved} lazily loaded modules into ${lazy.families.length} files in dist/lazy/`,
)
if (existsSync('src/styles.css'))
  // One file for apps that link it directly; layers and light-dark() are kept as written.
  await build({
    entryPoints: ['src/styles.css'],
    bundle: true,
    outfile: 'dist/styles.css',
    logLevel: 'warning',
  })
console.log('built dist/')
