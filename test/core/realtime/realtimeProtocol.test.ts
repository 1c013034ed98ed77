import { describe, expect, test } from 'vitest'
import { closeCodeAction } from '../../../src/core/realtime/closeCodeAction.ts'
import { parseRealtimeEvent } from '../../../src/core/realtime/parseRealtimeEvent.ts'
import { realtimeUrl } from '../../../src/core/realtime/realtimeUrl.ts'
import { reconnectDelay } from '../../../src/core/realtime/reconnectDelay.ts'
import { unwrapUserData } from '../../../src/core/parse/unwrapUserData.ts'

describe('realtimeUrl', () => {
  test('default: https → wss, the chain as ?blockchainId=', () => {
    expect(
      realtimeUrl({
        baseUrl: 'https://passkeys-testnet.ibex.fi',
        chainId: 421614,
        rpId: undefined,
      }),
    ).toBe('wss://passkeys-testnet.ibex.fi/ws?blockchainId=421614')
  })

  test('parameters: http → ws, rpId named when the client names it', () => {
    expect(
      realtimeUrl({ baseUrl: 'http://127.0.0.1:8787', chainId: 100, rpId: 'app.example.com' }),
    ).toBe('ws://127.0.0.1:8787/ws?blockchainId=100&rpId=app.example.com')
  })

  test('behavior: a relative base (same-origin proxy) resolves against the page', () => {
    expect(realtimeUrl({ baseUrl: '/ibex', chainId: 421614, rpId: undefined })).toBe(
      `ws://${location.host}/ibex/ws?blockchainId=421614`,
    )
  })
})

describe('reconnectDelay', () => {
  const backoff = { baseDelayMs: 1000, maxDelayMs: 30_000 }

  test('default: doubles per attempt, between half and all of it', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, backoff, () => 0))).toEqual([
      500, 1000, 2000, 4000,
    ])
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, backoff, () => 1))).toEqual([
      1000, 2000, 4000, 8000,
    ])
  })

  test('behavior: capped at maxDelayMs, even after very many attempts', () => {
    expect(reconnectDelay(8, backoff, () => 1)).toBe(30_000)
    expect(reconnectDelay(5000, backoff, () => 0.5)).toBe(22_500)
  })
})

describe('closeCodeAction', () => {
  test('default: what docs/protocol.md asks for each close code', () => {
    expect(
      Object.fromEntries(
        [1000, 1001, 1006, 1008, 1011, 4000, 4001, 4002, 4003].map((code) => [
          code,
          closeCodeAction(code),
        ]),
      ),
    ).toEqual({
      1000: 'back-off',
      1001: 'back-off',
      1006: 'back-off',
      1008: 'stop',
      1011: 'back-off',
      4000: 'stop',
      4001: 'reconnect-now',
      4002: 'refresh-then-reconnect',
      4003: 'duplicate',
    })
  })
})

describe('parseRealtimeEvent', () => {
  test('default: the envelope of a known type, data checked', () => {
    expect(
      parseRealtimeEvent(
        JSON.stringify({
          type: 'balance_update',
          data: { address: '0xabc', balance: 12, updated_at: 'now' },
          timestamp: '2026-01-15T10:00:00.000Z',
        }),
      ),
    ).toEqual({
      type: 'balance_update',
      data: { address: '0xabc', balance: '12', updated_at: 'now' },
      timestamp: '2026-01-15T10:00:00.000Z',
    })
  })

  test('behavior: the flat maintenance message gets its fields in data; a wrapped one is read too', () => {
    expect(
      parseRealtimeEvent({
        type: 'maintenance',
        service: 'IBEXFIAPI',
        active: true,
        since: 'x',
        message: 'm',
      }),
    ).toEqual({
      type: 'maintenance',
      data: { service: 'IBEXFIAPI', active: true, since: 'x', message: 'm' },
      timestamp: null,
    })
    expect(parseRealtimeEvent({ type: 'maintenance', data: { active: false } })?.data).toEqual({
      active: false,
    })
  })

  test('behavior: not JSON, unknown types and data that fails its schema are dropped', () => {
    expect(parseRealtimeEvent('{nope')).toBeUndefined()
    expect(parseRealtimeEvent({ type: 'pong', data: {} })).toBeUndefined()
    expect(parseRealtimeEvent({ type: 'toString', data: {} })).toBeUndefined()
    expect(parseRealtimeEvent({ type: 'balance_update', data: { balance: '1' } })).toBeUndefined()
    expect(parseRealtimeEvent(42)).toBeUndefined()
  })
})

describe('unwrapUserData', () => {
  test('default: 2xx sections unwrapped, failed ones reported under errors, others as they are', () => {
    expect(
      unwrapUserData({
        balances: { status: 200, data: { crypto: {} } },
        ibans: { status: 500, data: null, message: 'down' },
        kycStatus: { status: 404, data: null },
        data: { status: 200, data: { language: 'fr' } },
        legacy: { entries: [] },
      }),
    ).toEqual({
      balances: { crypto: {} },
      data: { language: 'fr' },
      legacy: { entries: [] },
      errors: { ibans: { status: 500, message: 'down' }, kycStatus: { status: 404 } },
    })
  })
})
