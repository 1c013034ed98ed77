import { QueryClient } from '@tanstack/query-core'
import { describe, expect, test } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import { ibexQueryKeys, type IbexUserResource } from '../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../src/query/ibexQueryScope.ts'

const resources: IbexUserResource[] = [
  'balances',
  'transactions',
  'addresses',
  'tokens',
  'chains',
  'vaults',
  'positions',
  'userData',
  'operations',
  'operationStatus',
  'signInData',
]

describe('ibexQueryKeys', () => {
  test("default: ['ibex', scope, externalUserId, resource, params] for every resource", () => {
    for (const resource of resources) {
      expect(ibexQueryKeys[resource]('app.example.com', 'u1')).toEqual([
        'ibex',
        'app.example.com',
        'u1',
        resource,
        {},
      ])
    }
    expect(ibexQueryKeys.operationStatus('s', 'u1', { userOpHash: '0xab' })).toEqual([
      'ibex',
      's',
      'u1',
      'operationStatus',
      { userOpHash: '0xab' },
    ])
  })

  test('behavior: undefined parameters are dropped, so both spellings share one entry', () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(ibexQueryKeys.balances('s', 'u1', { chainId: undefined }), 'seeded')
    expect(ibexQueryKeys.balances('s', 'u1', { chainId: undefined, page: 2 })).toEqual([
      'ibex',
      's',
      'u1',
      'balances',
      { page: 2 },
    ])
    expect(queryClient.getQueryData(ibexQueryKeys.balances('s', 'u1'))).toBe('seeded')
    expect(queryClient.getQueryData(ibexQueryKeys.balances('s', 'u1', { chainId: 100 }))).toBe(
      undefined,
    )
  })

  test('behavior: the prefixes select a user, a tenant, or everything of the kit', () => {
    const queryClient = new QueryClient()
    const keys = [
      ibexQueryKeys.balances('a.example', 'u1'),
      ibexQueryKeys.vaults('a.example', 'u1', { chainId: 100 }),
      ibexQueryKeys.balances('a.example', 'u2'),
      ibexQueryKeys.balances('b.example', 'u1'),
      ibexQueryKeys.passkeySupport(),
      ['app'],
    ]
    for (const key of keys) queryClient.setQueryData(key, 1)
    const count = (queryKey: readonly unknown[]) =>
      queryClient.getQueryCache().findAll({ queryKey }).length
    expect(count(ibexQueryKeys.user('a.example', 'u1'))).toBe(2)
    expect(count(ibexQueryKeys.scope('a.example'))).toBe(3)
    expect(count(ibexQueryKeys.all())).toBe(5)
  })
})

describe('ibexQueryScope', () => {
  test('parameters: the rpId when set, else the base URL', () => {
    const withRpId = createIbexClient({
      baseUrl: 'https://ibex.test/',
      rpId: 'app.example.com',
      crossTab: false,
    })
    const withoutRpId = createIbexClient({ baseUrl: 'https://ibex.test/', crossTab: false })
    expect(ibexQueryScope(withRpId)).toBe('app.example.com')
    expect(ibexQueryScope(withoutRpId)).toBe('https://ibex.test')
    withRpId.destroy()
    withoutRpId.destroy()
  })
})
