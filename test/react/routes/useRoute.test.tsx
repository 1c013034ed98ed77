import { act, configure, waitFor } from '@testing-library/react'
import { parseUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { useRoute } from '../../../src/react/hooks/useRoute.ts'
import { useRouteCapabilities } from '../../../src/react/hooks/useRouteCapabilities.ts'
import { useRouteQuote } from '../../../src/react/hooks/useRouteQuote.ts'
import { useRouteStatus } from '../../../src/react/hooks/useRouteStatus.ts'
import type { IbexRouteStatus } from '../../../src/core/parse/IbexRouteStatus.ts'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs, token } from '../operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 5_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')
const USD = token('USD-IBEX')
const EURE = findToken(100, 'EURe')!.address

type Balances = { balance: { tokens: { symbol: string; balance: string }[] } }

async function balance(ibex: TestIbex, chainId: number, safe: string, symbol: string) {
  const body = (await ibex.client.request({
    path: '/v1.2/users/me/balances',
    query: { walletAddress: safe, blockchainId: chainId, includeZero: 'true' },
  })) as Balances
  return body.balance.tokens.find((entry) => entry.symbol === symbol)?.balance ?? '0'
}

describe('cross-chain routes', () => {
  test('capabilities, a quote, the source leg, then the route through its stages until the destination is credited', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 150 } })
    const user = await signUpAs(ibex, 'passkey')
    const gnosisSafe = user.safeAddresses['100']!
    const seen: IbexRouteStatus['status'][] = []
    const { result, rerender } = renderHookWithIbex(
      (props: { routeId?: string }) => ({
        bridge: useRouteCapabilities({ sourceChainId: 421614, destinationChainId: 100 }),
        same: useRouteCapabilities({ sourceChainId: 421614, destinationChainId: 421614 }),
        none: useRouteCapabilities({ sourceChainId: 421614, destinationChainId: 1 }),
        quote: useRouteQuote({
          sellToken: EUR,
          buyToken: EURE,
          amount: '10',
          destinationChainId: 100,
        }),
        route: useRoute({ tracking }),
        status: useRouteStatus(props.routeId, { intervalMs: 15 }),
      }),
      ibex,
      { initialProps: {} },
    )
    await waitFor(() =>
      expect(result.current.bridge.data).toEqual({
        mode: 'CROSS_CHAIN_BRIDGE',
        providers: ['BRIDGE'],
      }),
    )
    await waitFor(() => expect(result.current.same.data?.mode).toBe('SAME_CHAIN_SWAP'))
    await waitFor(() => expect(result.current.none.data?.mode).toBe('UNSUPPORTED'))
    await waitFor(() => expect(result.current.quote.data).toBeDefined())
    const quote = result.current.quote.data!
    expect(quote).toMatchObject({
      mode: 'CROSS_CHAIN_BRIDGE',
      provider: 'BRIDGE',
      sourceChainId: 421614,
      destinationChainId: 100,
      sellAmount: '10',
      feeAmount: '0.03',
      buyAmount: '9.97',
    })
    expect(quote.expiresAt).toBeGreaterThan(Date.now())
    expect(await balance(ibex, 100, gnosisSafe, 'EURe')).toBe('0')

    rerender({ routeId: quote.routeId })
    await waitFor(() => expect(result.current.status.data?.status).toBe('CREATED'))

    const done = await act(() => result.current.route.mutateAsync({ quote }))
    expect(done).toMatchObject({
      status: 'confirmed',
      chainId: 421614,
      operation: {
        kind: 'route',
        type: 'ROUTE_FROM_QUOTE',
        routeId: quote.routeId,
        sellValue: parseUnits('10', 18),
        buyAmount: '9.97',
      },
    })
    expect(await balance(ibex, 421614, user.safeAddresses['421614']!, 'EUR-IBEX')).toBe('90')
    await waitFor(() => {
      const status = result.current.status.data?.status
      if (status && seen.at(-1) !== status) seen.push(status)
      expect(status).toBe('DEST_COMPLETED')
    })
    expect(result.current.status.data).toMatchObject({
      state: 'completed',
      mode: 'CROSS_CHAIN_BRIDGE',
      sourceUserOpHash: done.userOpHash,
    })
    // Stages are only ever seen in order (polling may skip some under load).
    const order = [
      'CREATED',
      'SOURCE_SUBMITTED',
      'SOURCE_CONFIRMED',
      'DEST_PENDING',
      'DEST_COMPLETED',
    ]
    expect(seen.map((stage) => order.indexOf(stage))).toEqual(
      [...seen.map((stage) => order.indexOf(stage))].sort((a, b) => a - b),
    )
    expect(seen).not.toContain(-1)
    expect(await balance(ibex, 100, gnosisSafe, 'EURe')).toBe('9.97')

    // The route is single use.
    await expect(act(() => result.current.route.mutateAsync({ quote }))).rejects.toMatchObject({
      code: 'http/bad-request',
    })
  })

  test('each stage in turn on the mock clock: the destination is credited only at DEST_COMPLETED', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 60_000 } })
    const user = await signUpAs(ibex, 'passkey')
    const gnosisSafe = user.safeAddresses['100']!
    const { result, rerender } = renderHookWithIbex(
      (props: { routeId?: string }) => ({
        quote: useRouteQuote({
          sellToken: EUR,
          buyToken: EURE,
          amount: '5',
          destinationChainId: 100,
        }),
        route: useRoute({ tracking: { intervalMs: 10, timeoutMs: 50 } }),
        status: useRouteStatus(props.routeId, { intervalMs: 15 }),
      }),
      ibex,
      { initialProps: {} },
    )
    await waitFor(() => expect(result.current.quote.data).toBeDefined())
    const quote = result.current.quote.data!
    const outcome = await act(() => result.current.route.mutateAsync({ quote }))
    expect(outcome.status).toBe('pending')
    rerender({ routeId: quote.routeId })
    await waitFor(() => expect(result.current.status.data?.status).toBe('SOURCE_SUBMITTED'))
    for (const stage of ['SOURCE_CONFIRMED', 'DEST_PENDING']) {
      await act(async () => {
        ibex.mock.advanceTime(60_000)
      })
      await waitFor(() => expect(result.current.status.data?.status).toBe(stage))
      expect(result.current.status.data?.state).toBe('pending')
      expect(await balance(ibex, 100, gnosisSafe, 'EURe')).toBe('0')
    }
    await act(async () => {
      ibex.mock.advanceTime(60_000)
    })
    await waitFor(() => expect(result.current.status.data?.status).toBe('DEST_COMPLETED'))
    expect(await balance(ibex, 100, gnosisSafe, 'EURe')).toBe(quote.buyAmount)
  })

  test('a same-chain route swaps at once and completes with its source leg', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    const user = await signUpAs(ibex, 'passkey')
    const { result, rerender } = renderHookWithIbex(
      (props: { routeId?: string }) => ({
        quote: useRouteQuote({
          sellToken: EUR,
          buyToken: USD,
          amount: '10',
          destinationChainId: 421614,
        }),
        route: useRoute({ tracking }),
        status: useRouteStatus(props.routeId, { intervalMs: 15 }),
      }),
      ibex,
      { initialProps: {} },
    )
    await waitFor(() => expect(result.current.quote.data?.mode).toBe('SAME_CHAIN_SWAP'))
    const quote = result.current.quote.data!
    await act(() => result.current.route.mutateAsync({ quote }))
    rerender({ routeId: quote.routeId })
    await waitFor(() => expect(result.current.status.data?.status).toBe('DEST_COMPLETED'))
    expect(await balance(ibex, 421614, user.safeAddresses['421614']!, 'USD-IBEX')).toBe(
      String(100 + Number(quote.buyAmount)),
    )
  })

  test('bad input and an expired quote are refused before any request; IBEx refuses an unknown token and an unknown route', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result, rerender } = renderHookWithIbex(
      (props: { amount: string; destination: number; buy: string }) => ({
        quote: useRouteQuote({
          sellToken: EUR,
          buyToken: props.buy,
          amount: props.amount,
          destinationChainId: props.destination,
        }),
        route: useRoute(),
        status: useRouteStatus('no-such-route'),
      }),
      ibex,
      { initialProps: { amount: '', destination: 100, buy: EURE } },
    )
    expect(result.current.quote.fetchStatus).toBe('idle')
    await waitFor(() =>
      expect(result.current.status.error).toMatchObject({ code: 'http/not-found' }),
    )
    ibex.clearRequests()
    const refusals = [
      [{ amount: '1e2', destination: 100, buy: EURE }, 'validation/amount-exponent'],
      [{ amount: '-1', destination: 100, buy: EURE }, 'validation/amount-not-positive'],
      [{ amount: '1', destination: 100, buy: '0x1234' }, 'validation/address-invalid'],
      [{ amount: '1', destination: 0, buy: EURE }, 'validation/chain-id-invalid'],
      [{ amount: '1', destination: 42161, buy: EURE }, 'validation/chain-unsupported'],
      [{ amount: '1', destination: 421614, buy: EUR }, 'validation/tokens-same'],
    ] as const
    for (const [props, code] of refusals) {
      rerender(props)
      await waitFor(() => expect(result.current.quote.error).toMatchObject({ code }))
    }
    const stale = {
      routeId: 'r',
      mode: 'CROSS_CHAIN_BRIDGE',
      provider: 'BRIDGE',
      sourceChainId: 421614,
      destinationChainId: 100,
      sellToken: EUR,
      buyToken: EURE,
      sellAmount: '1',
      buyAmount: '1',
      feeAmount: '0',
      expiresAt: Date.now() - 1,
      candidates: [],
    }
    await expect(
      act(() => result.current.route.mutateAsync({ quote: stale })),
    ).rejects.toMatchObject({ code: 'validation/quote-expired', field: 'quote' })
    expect(ibex.requests()).toEqual([])

    rerender({ amount: '1000', destination: 100, buy: EURE })
    await waitFor(() =>
      expect(result.current.quote.error).toMatchObject({
        code: 'validation/amount-exceeds-balance',
      }),
    )
    // 8453 has a Safe but the mock's Base chain has no EURe: IBEx says which token is unknown.
    rerender({ amount: '1', destination: 8453, buy: EURE })
    await waitFor(() =>
      expect(result.current.quote.error).toMatchObject({ code: 'http/bad-request', status: 400 }),
    )
  })
})
