import { execFile } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

// What a Storybook build is made of: a change to any of these makes a build stale.
const INPUTS = ['src', 'stories', '.storybook', 'package.json', 'package-lock.json']

/** Newest modification time (ms) under `path`, test files included (cheap, and safe). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/**
 * Whether `outDir` holds a Storybook build newer than every source it is built from (its
 * `index.json` is written last, so its time is the build's).
 *
 * @example
 * isStorybookBuildFresh('storybook-static') // false after an edit under src/ or stories/
 */
export function isStorybookBuildFresh(outDir: string): boolean {
  const index = join(outDir, 'index.json')
  if (!existsSync(index)) return false
  const built = statSync(index).mtimeMs
  return INPUTS.every((input) => newestMtime(input) < built)
}

/**
 * Builds Storybook into `outDir` with the npm script (so its prebuild step, the MSW worker
 * script, runs as in CI), unless a fresh build is there and `force` is false. Resolves to
 * whether it built.
 *
 * @example
 * await ensureStorybookBuild('storybook-static', { force: process.env.CI !== undefined })
 */
export async function ensureStorybookBuild(
  outDir: string,
  options: { force: boolean },
): Promise<boolean> {
  if (!options.force && isStorybookBuildFresh(outDir)) return false
  await promisify(execFile)('npm', ['run', 'build-storybook', '--', '-o', outDir, '--quiet'], {
    maxBuffer: 64 * 1024 * 1024,
  })
  return true
}
