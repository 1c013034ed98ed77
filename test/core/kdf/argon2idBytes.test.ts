import { bytesToHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { argon2idBytes } from '../../../src/core/kdf/argon2idBytes.ts'
import { argon2idHashWasm } from '../../../src/core/kdf/argon2idHashWasm.ts'
import { wasmSimdSupported } from '../../../src/core/kdf/wasmSimdSupported.ts'
import { argon2Cli } from './argon2Cli.ts'

// docs/protocol.md "Test vector (KDF)": PIN 123456, salt 16 × 0x01, 64 MiB, t=3, p=1, 32 bytes.
// Expected output recorded from the reference `argon2` CLI (Debian argon2 0~20171227).
const PARAMS = { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 } as const
const SALT = new Uint8Array(16).fill(1)
const EXPECTED = '0x1822cb884dceff20022da54be99d908b628cc814db5a56dca871d0b01280f1c3'

describe('argon2idBytes', () => {
  test('default: known answer of the docs/protocol.md vector', async () => {
    const hash = await argon2idBytes('123456', SALT, PARAMS)
    expect(bytesToHex(hash)).toBe(EXPECTED)
  })

  test('default: Node has WebAssembly SIMD, so the kit runs its own kernel here', () => {
    expect(wasmSimdSupported()).toBe(true)
  })

  test('behavior: the hash-wasm fallback gives the same known answer', async () => {
    const hash = await argon2idHashWasm(new TextEncoder().encode('123456'), SALT, PARAMS)
    expect(bytesToHex(hash)).toBe(EXPECTED)
  })

  test('behavior: the password is NFKC-normalised (full-width digits hash like ASCII)', async () => {
    const hash = await argon2idBytes('１２３４５６', SALT, PARAMS)
    expect(bytesToHex(hash)).toBe(EXPECTED)
  })

  test('behavior: matches the argon2 CLI on the same inputs', async () => {
    // The CLI takes the salt as an argument string; 0x01 bytes pass through argv unchanged.
    const vectorHex = argon2Cli('123456', '\x01'.repeat(16), PARAMS)
    if (vectorHex === undefined) return
    expect(`0x${vectorHex}`).toBe(EXPECTED)
    const salt = 'ibex-kat-salt-02'
    const cliHex = argon2Cli('pin 2468', salt, PARAMS)
    const hash = await argon2idBytes('pin 2468', new TextEncoder().encode(salt), PARAMS)
    expect(bytesToHex(hash)).toBe(`0x${cliHex}`)
  })
})
