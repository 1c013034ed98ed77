// @vitest-environment node
// The build's pre-bundling of lazily loaded code (scripts/bundleLazy.mjs), on a small dist/ laid
// out as tsc emits it: lazy targets end up in one bundle per family, the eager graph and modules
// a copy would break (a class, module state) stay per-file and shared, every remaining import
// points at the bundles, and the result runs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
// @ts-expect-error a plain .mjs script without types; its function is used as documented
import { bundleLazy } from '../../scripts/bundleLazy.mjs'

const FILES: Record<string, string> = {
  'exports/index.js': `export { useThing } from '../react/useThing.js'
export { IbexError } from '../core/errors/IbexError.js'`,
  'exports/components.js': `export { SignIn } from '../components/SignIn.js'`,
  'exports/wagmi.js': `export {}`,
  // Not a browser entry: imports a lazy module statically.
  'exports/core.js': `export { signInWithPasskey } from '../core/ceremonies/passkeys/signInWithPasskey.js'`,
  'react/useThing.js': `import { chainIdSchema } from '../core/schemas/chainIdSchema.js'
export const useThing = () => [chainIdSchema,
  import('../core/ceremonies/passkeys/signInWithPasskey.js'),
  import('../core/parse/parseBalances.js')]`,
  'components/SignIn.js': `'use client'
export const SignIn = () => import('./PinMethod.js')`,
  'components/PinMethod.js': `'use client'
import { pinHelper } from '../core/kdf/pinHelper.js'
export const PinMethod = () => pinHelper()`,
  'core/kdf/pinHelper.js': `export const pinHelper = () => 'pin'`,
  'core/errors/IbexError.js': `export class IbexError extends Error {}`,
  'core/schemas/chainIdSchema.js': `export const chainIdSchema = (value) => Number(value)`,
  'core/ceremonies/throttle.js': `let calls = 0
export const throttle = () => ++calls`,
  'core/ceremonies/helper.js': `export const helper = (value) => \`helped \${value}\``,
  // Module state in a const object: written to, so a copy would be a second registry.
  'core/ceremonies/registry.js': `const seen = {}
export const remember = (key) => { seen[key] = (seen[key] ?? 0) + 1; return seen[key] }`,
  // A const table that is only read can be copied.
  'core/ceremonies/labels.js': `const LABELS = { passkey: 'Passkey' }
export const label = (key) => LABELS[key]`,
  'core/ceremonies/passkeys/signInWithPasskey.js': `import { IbexError } from '../../errors/IbexError.js'
import { chainIdSchema } from '../../schemas/chainIdSchema.js'
import { helper } from '../helper.js'
import { label } from '../labels.js'
import { remember } from '../registry.js'
import { throttle } from '../throttle.js'
export async function signInWithPasskey(chainId) {
  throttle()
  remember(label('passkey'))
  if (!chainIdSchema(chainId)) throw new IbexError('no chain')
  return helper(chainId)
}`,
  'core/parse/parseBalances.js': `import { helper } from '../ceremonies/helper.js'
import { label } from '../ceremonies/labels.js'
import { remember } from '../ceremonies/registry.js'
import { throttle } from '../ceremonies/throttle.js'
export const parseBalances = () => [helper('balances'), throttle(), remember(label('passkey'))]`,
}

let dist: string
let result: { families: string[]; moved: number; copied: string[] }
const read = (path: string) => readFileSync(join(dist, path), 'utf8')

beforeAll(async () => {
  dist = join(mkdtempSync(join(tmpdir(), 'bundle-lazy-')), 'dist')
  for (const [path, code] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true })
    writeFileSync(join(dist, path), `${code}\n`)
    writeFileSync(join(dist, path.replace(/\.js$/, '.d.ts')), 'export {}\n')
  }
  result = await bundleLazy(dist)
})
afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }))

test('lazy targets move into one bundle per family; their .d.ts stay', () => {
  expect(result.families.sort()).toEqual(['balances', 'passkey-sign-in'])
  expect(existsSync(join(dist, 'lazy/passkey-sign-in.js'))).toBe(true)
  expect(existsSync(join(dist, 'lazy/balances.js'))).toBe(true)
  for (const moved of ['core/ceremonies/passkeys/signInWithPasskey', 'core/parse/parseBalances']) {
    expect(existsSync(join(dist, `${moved}.js`))).toBe(false)
    expect(existsSync(join(dist, `${moved}.d.ts`))).toBe(true)
  }
  // A stateless helper two families use is in both.
  expect(read('lazy/passkey-sign-in.js')).toContain('helped')
  expect(read('lazy/balances.js')).toContain('helped')
})

test('classes, module state and the eager graph stay per-file and shared', () => {
  expect(read('lazy/passkey-sign-in.js')).toMatch(/from "\.\.\/core\/errors\/IbexError\.js"/)
  expect(read('lazy/passkey-sign-in.js')).toMatch(/from "\.\.\/core\/ceremonies\/throttle\.js"/)
  expect(read('lazy/balances.js')).toMatch(/from "\.\.\/core\/ceremonies\/throttle\.js"/)
  // A const object that is written to is state too; one that is only read is copied.
  expect(read('lazy/passkey-sign-in.js')).toMatch(/from "\.\.\/core\/ceremonies\/registry\.js"/)
  expect(read('lazy/balances.js')).toMatch(/from "\.\.\/core\/ceremonies\/registry\.js"/)
  expect(read('lazy/passkey-sign-in.js')).toContain('passkey: "Passkey"')
  expect(read('lazy/balances.js')).toContain('passkey: "Passkey"')
  expect(existsSync(join(dist, 'core/schemas/chainIdSchema.js'))).toBe(true)
  // A stateless eager module that lazy code imports is copied into the bundle.
  expect(result.copied).toEqual(['core/schemas/chainIdSchema'])
  // A 'use client' lazy target keeps its file, its directive and what it imports.
  expect(read('components/PinMethod.js')).toMatch(/^'use client'/)
  expect(existsSync(join(dist, 'core/kdf/pinHelper.js'))).toBe(true)
})

test('remaining files import the family bundles, and the result runs', async () => {
  expect(read('react/useThing.js')).toContain(`import('../lazy/passkey-sign-in.js')`)
  expect(read('react/useThing.js')).toContain(`import('../lazy/balances.js')`)
  expect(read('exports/core.js')).toContain(`from '../lazy/passkey-sign-in.js'`)

  const core = await import(pathToFileURL(join(dist, 'exports/core.js')).href)
  const index = await import(pathToFileURL(join(dist, 'exports/index.js')).href)
  await expect(core.signInWithPasskey('1')).resolves.toBe('helped 1')
  // The error class is the one the public entry exports (instanceof holds).
  await expect(core.signInWithPasskey('0')).rejects.toBeInstanceOf(index.IbexError)
  const [, signIn, balances] = index.useThing()
  expect((await signIn).signInWithPasskey).toBe(core.signInWithPasskey)
  // One counter for both bundles: the stateful module was not copied.
  expect((await balances).parseBalances()).toEqual(['helped balances', 3, 3])
})
