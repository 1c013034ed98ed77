import { argon2id } from 'hash-wasm'
import { bytesToHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { argon2idWasmSimd } from '../../../src/core/kdf/argon2idWasmSimd.ts'
import { argon2Cli } from './argon2Cli.ts'
import { caught } from './caught.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

// Recorded from the reference `argon2` CLI (Debian argon2 0~20171227):
// `echo -n 'kit vector pw' | argon2 ibex-cli-salt-<m> -id -t <t> -k <m> -p <p> -l 32 -r`.
// m = 8200 is no multiple of 4p for p = 3 or 4 (m' = 8196, 8192); m = 1000 with p = 4 gives 992.
const CLI_VECTORS = [
  {
    memory: 8,
    iterations: 1,
    parallelism: 1,
    hex: '59aeb52535cd52839d9162217d8668b55a3f3bb0f343d5bbbb51e1ddf18941d4',
  },
  {
    memory: 8200,
    iterations: 1,
    parallelism: 1,
    hex: '3c59bd73c74f66127da313755de98a98bf16d16e5ea5f335f2cc4614fb8b6aa0',
  },
  {
    memory: 8200,
    iterations: 2,
    parallelism: 2,
    hex: 'e50c0666e9ac6db25f02e184e7c64ed758c8ca0705eb7db8531e5057b5de4507',
  },
  {
    memory: 8200,
    iterations: 3,
    parallelism: 3,
    hex: '3a9db64108dcabcd1c624cf68c41ecb6ea6cf4cd3d22d34e475d5327344124b3',
  },
  {
    memory: 8200,
    iterations: 3,
    parallelism: 4,
    hex: '4042042b747dd91968b03bfed750c9bf0ac5a2fc30423d164d5e2d5136280636',
  },
  {
    memory: 1000,
    iterations: 2,
    parallelism: 4,
    hex: '075cb1dadca07aa9cae54816a5c3e0af6103b0825a96a54c74539d02ce3a0814',
  },
  {
    memory: 16384,
    iterations: 1,
    parallelism: 2,
    hex: 'a7d3fda8daa370fe7b93fbadcd93fe461b2dab82267c2b75536dec726a0f91cf',
  },
] as const

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1))
const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length))

describe('argon2idWasmSimd', () => {
  test('default: RFC 9106 §5.3 Argon2id test vector (with secret and associated data)', async () => {
    const tag = await argon2idWasmSimd({
      password: new Uint8Array(32).fill(1),
      salt: new Uint8Array(16).fill(2),
      secret: new Uint8Array(8).fill(3),
      associatedData: new Uint8Array(12).fill(4),
      memory: 32,
      iterations: 3,
      parallelism: 4,
    })
    expect(bytesToHex(tag)).toBe(
      '0x0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
    )
  })

  test.each(CLI_VECTORS)(
    'default: argon2 CLI vector m=$memory t=$iterations p=$parallelism',
    async ({ memory, iterations, parallelism, hex }) => {
      const tag = await argon2idWasmSimd({
        password: utf8('kit vector pw'),
        salt: utf8(`ibex-cli-salt-${memory}`),
        memory,
        iterations,
        parallelism,
      })
      expect(bytesToHex(tag)).toBe(`0x${hex}`)
    },
  )

  test('behavior: matches the argon2 CLI live at p = 2 and p = 4', async () => {
    for (const params of [
      { memory: 8200, iterations: 2, parallelism: 2 },
      { memory: 8300, iterations: 1, parallelism: 4 },
    ]) {
      const salt = `live-salt-${params.parallelism}`
      const cliHex = argon2Cli('live pw', salt, params)
      if (cliHex === undefined) return
      const tag = await argon2idWasmSimd({ password: utf8('live pw'), salt: utf8(salt), ...params })
      expect(bytesToHex(tag)).toBe(`0x${cliHex}`)
    }
  })

  test('behavior: equals hash-wasm argon2id on random inputs', async () => {
    for (let run = 0; run < 8; run++) {
      const parallelism = randomInt(1, 4)
      const options = {
        password: randomBytes(randomInt(1, 64)),
        salt: randomBytes(randomInt(8, 64)),
        memory: randomInt(8 * parallelism, 3000),
        iterations: randomInt(1, 3),
        parallelism,
      }
      const expected = await argon2id({
        ...options,
        memorySize: options.memory,
        hashLength: 32,
        outputType: 'hex',
      })
      const tag = await argon2idWasmSimd(options)
      expect(
        bytesToHex(tag),
        JSON.stringify({ ...options, password: [...options.password], salt: [...options.salt] }),
      ).toBe(`0x${expected}`)
    }
  })

  test("parameters: hashLength under, at and over 64 bytes (H' tails of 20, 64 and 36 bytes)", async () => {
    for (const hashLength of [20, 64, 100]) {
      const options = {
        password: utf8('pw'),
        salt: utf8('saltsalt'),
        memory: 64,
        iterations: 2,
        parallelism: 1,
      }
      const expected = await argon2id({ ...options, memorySize: 64, hashLength, outputType: 'hex' })
      const tag = await argon2idWasmSimd({ ...options, hashLength })
      expect(tag).toHaveLength(hashLength)
      expect(bytesToHex(tag)).toBe(`0x${expected}`)
    }
  })

  test('behavior: leaves its inputs untouched and wipes nothing of the caller', async () => {
    const password = utf8('123456')
    const salt = new Uint8Array(16).fill(1)
    await argon2idWasmSimd({ password, salt, memory: 64, iterations: 1, parallelism: 1 })
    expect(password).toEqual(utf8('123456'))
    expect(salt).toEqual(new Uint8Array(16).fill(1))
  })

  test('error: refuses m < 8p, p < 1, t < 1 and tags under 4 bytes', async () => {
    const base = {
      password: utf8('pw'),
      salt: utf8('saltsalt'),
      memory: 64,
      iterations: 1,
      parallelism: 1,
    }
    for (const bad of [
      { memory: 15, parallelism: 2 },
      { parallelism: 0 },
      { iterations: 0 },
      { hashLength: 3 },
    ]) {
      await caught(() => argon2idWasmSimd({ ...base, ...bad }), RangeError)
    }
  })
})
