// @vitest-environment node
// A seeded, bounded fuzz of every route of the mock: random methods, path parameters, query
// strings and bodies, with and without a valid token. Whatever the input, the mock answers it as
// the client's fault (4xx) or serves it; it never answers 500, never throws, never hangs.
import { describe, expect, it } from 'vitest'
import { mockRoutes } from '../../src/mock/routes/mockRoutes.ts'
import { createTestIbex } from './createTestIbex.ts'
import { signUpKeyUser } from './walletUsers.ts'

/** mulberry32: a tiny seeded PRNG, so a failure replays with the same seed. */
function prng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return { next, int, pick }
}

const nastyStrings = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '%ZZ',
  '%E0%A4%A',
  '%',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '9007199254740993',
  '0x',
  '0x0000000000000000000000000000000000000000',
  '0xzz',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  'a'.repeat(5000),
  '\u0000',
  '\ud800',
  '😀',
  '../../etc/passwd',
  'localhost',
  'kdf',
  'email',
  'passkeys',
  '7702',
  'sms',
  'ada@example.com',
  'TRANSFER',
  'SWAP_FROM_QUOTE',
  '421614',
  '8453',
  'EUR-IBEX',
  'ETH',
  '2026-01-15T10:00:00.000Z',
]

const keys = [
  '__proto__',
  'constructor',
  'wallet',
  'email',
  'externalUserId',
  'chainId',
  'blockchainId',
  'rpId',
  'credential',
  'challenge',
  'signature',
  'publicKey',
  'nonce',
  'timestamp',
  'emailOtp',
  'code',
  'refresh_token',
  'safeAddress',
  'operations',
  'type',
  'amount',
  'token',
  'to',
  'address',
  'quoteId',
  'userOpHash',
  'batchId',
  'latencyMs',
  'errorRate',
  'rateLimit',
  'maintenance',
  'accessTokenTtl',
  'failNextOperation',
  'advanceMs',
  'all',
  'refreshTokens',
  'include',
  'data',
  'vaultId',
  'iban',
  'authorization',
  'delegations',
]

/** encodeURIComponent, except for a lone surrogate (which it refuses): that goes raw. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
  }
}

function fuzzer(seed: number, known: readonly string[]) {
  const random = prng(seed)
  function value(depth: number): unknown {
    switch (random.int(depth > 2 ? 6 : 9)) {
      case 0:
        return random.pick(nastyStrings)
      case 1:
        return random.pick([0, -1, 1, 1.5, 2 ** 31, 2 ** 53 + 1, -0, 1e308, 421614])
      case 2:
        return random.pick([true, false, null])
      case 3:
        return random.pick(nastyStrings) + String(random.int(1000))
      case 4:
        return `0x${'ab'.repeat(random.int(40))}`
      case 5:
        return random.pick(known)
      case 6:
        return Array.from({ length: random.int(4) }, () => value(depth + 1))
      default:
        return object(depth + 1)
    }
  }
  function object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    for (let index = random.int(6); index > 0; index -= 1) {
      // defineProperty: a plain assignment of "__proto__" would set the prototype instead.
      Object.defineProperty(result, random.pick(keys), {
        value: value(depth),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return result
  }
  function body(): string | undefined {
    switch (random.int(8)) {
      case 0:
        return undefined
      case 1:
        return random.pick(['', 'null', '[]', '"text"', '42', '{', '{"a":', 'not json', '\u0000'])
      default:
        return JSON.stringify(object(0))
    }
  }
  function path(template: string): string {
    return template
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':'))
          return random.int(40) === 0 ? random.pick(nastyStrings) : segment
        return encode(String(value(3))).replace(/%25/g, random.int(2) ? '%' : '%25')
      })
      .join('/')
  }
  function query(): string {
    const parts: string[] = []
    for (let index = random.int(5); index > 0; index -= 1) {
      const raw = `${random.pick(keys)}=${String(value(3))}`
      parts.push(random.int(3) === 0 ? raw : encode(raw).replace('%3D', '='))
    }
    return parts.length ? `?${parts.join('&')}` : ''
  }
  return { random, body, path, query }
}

describe('fuzzing every route of the mock', () => {
  it.each([0x1bec, Number(process.env.FUZZ_SEED ?? 7)])(
    'never answers 500 to malformed input (seed %i, 2,000 requests)',
    async (seed) => {
      const ibex = createTestIbex({ sleep: async () => undefined })
      const user = await signUpKeyUser(ibex)
      const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'BREW']
      // Real ids of this mock, so that some requests get past the lookups to the deeper checks.
      const known = [user.safe, user.externalUserId, ...Object.values(user.safes), 'localhost']
      const { random, body, path, query } = fuzzer(seed, known)
      const failures: string[] = []
      for (let index = 0; index < 2000; index += 1) {
        const route = random.pick(mockRoutes)
        const method = random.int(4) === 0 ? random.pick(methods) : route.method
        const url = `http://ibex.test${path(route.path)}${query()}`
        const headers = new Headers()
        const set = (name: string, value: string) => {
          try {
            headers.set(name, value)
          } catch {
            // A value fetch refuses to send (control characters) never reaches a server.
          }
        }
        const rpId = random.int(6)
        if (rpId > 0) set('x-rpid', rpId === 1 ? random.pick(nastyStrings) : 'localhost')
        if (random.int(2)) set('authorization', user.headers.authorization ?? '')
        else if (random.int(4) === 0) set('authorization', `Bearer ${random.pick(nastyStrings)}`)
        if (random.int(8) === 0) set('x-blockchain-id', random.pick(nastyStrings))
        const payload = method === 'GET' || method === 'HEAD' ? undefined : body()
        let request: Request
        try {
          request = new Request(url, { method, headers, body: payload })
        } catch {
          continue // A URL or method fetch itself refuses never reaches a server.
        }
        const response = await ibex.mock.handle(request)
        await response.arrayBuffer()
        if (response.status === 500 || response.status === 502 || response.status === 503) {
          failures.push(`${method} ${url} ${payload ?? ''} → ${response.status}`)
        }
        // Injected faults would be the mock obeying, not failing: clear what the fuzz set.
        ibex.mock.setFaults({
          errorRate: null,
          maintenance: null,
          rateLimit: null,
          latencyMs: null,
        })
      }
      expect(failures.slice(0, 10)).toEqual([])
    },
    120_000,
  )
})
