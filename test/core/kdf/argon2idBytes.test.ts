import { execFileSync } from 'node:child_process'
import { bytesToHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { argon2idBytes } from '../../../src/core/kdf/argon2idBytes.ts'

// design.md "Test vector (KDF)": PIN 123456, salt 16 × 0x01, 64 MiB, t=3, p=1, 32 bytes.
// Expected output recorded from the reference `argon2` CLI (Debian argon2 0~20171227).
const PARAMS = { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 } as const
const SALT = new Uint8Array(16).fill(1)
const EXPECTED = '0x1822cb884dceff20022da54be99d908b628cc814db5a56dca871d0b01280f1c3'

function argon2Cli(): string | undefined {
  try {
    execFileSync('argon2', ['-h'], { stdio: 'ignore' })
    return 'argon2'
  } catch (error) {
    // `argon2 -h` exits 1 after printing its usage: present. Only ENOENT means missing.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'argon2'
  }
}

describe('argon2idBytes', () => {
  test('default: known answer of the design.md vector', async () => {
    const hash = await argon2idBytes('123456', SALT, PARAMS)
    expect(bytesToHex(hash)).toBe(EXPECTED)
  })

  test('behavior: the password is NFKC-normalised (full-width digits hash like ASCII)', async () => {
    const hash = await argon2idBytes('１２３４５６', SALT, PARAMS)
    expect(bytesToHex(hash)).toBe(EXPECTED)
  })

  test('behavior: matches the argon2 CLI on the same inputs', async () => {
    const cli = argon2Cli()
    if (!cli) {
      console.warn('argon2idBytes: `argon2` CLI not on PATH, the live cross-check did not run.')
      return
    }
    // The CLI takes the salt as an argument string; 0x01 bytes pass through argv unchanged.
    const salt = 'ibex-kat-salt-02'
    const cliHex = execFileSync(
      cli,
      [salt, '-id', '-t', '3', '-m', '16', '-p', '1', '-l', '32', '-r'],
      { input: 'pin 2468' },
    )
      .toString()
      .trim()
    const vectorHex = execFileSync(
      cli,
      ['\x01'.repeat(16), '-id', '-t', '3', '-m', '16', '-p', '1', '-l', '32', '-r'],
      { input: '123456' },
    )
      .toString()
      .trim()
    expect(`0x${vectorHex}`).toBe(EXPECTED)
    const hash = await argon2idBytes('pin 2468', new TextEncoder().encode(salt), PARAMS)
    expect(bytesToHex(hash)).toBe(`0x${cliHex}`)
  })
})
