import { act, configure, waitFor } from '@testing-library/react'
import { parseUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import { useSwap } from '../../../src/react/hooks/useSwap.ts'
import { useSwapQuote } from '../../../src/react/hooks/useSwapQuote.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs, token } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')
const USD = token('USD-IBEX')

type Balances = { balance: { tokens: { symbol: string; balance: string }[] } }

describe('useSwapQuote and useSwap', () => {
  test('a quote with its providers and countdown, then a swap at exactly the quoted amounts', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(
      () => ({
        quote: useSwapQuote({ sellToken: EUR, buyToken: USD, amount: '10' }),
        swap: useSwap({ tracking }),
      }),
      ibex,
    )
    await waitFor(() => expect(result.current.quote.data).toBeDefined())
    const quote = result.current.quote.data!
    expect(quote).toMatchObject({ sellAmount: '10', provider: 'COWSWAP' })
    expect(quote.comparisons.map((offer) => offer.provider)).toEqual(['COWSWAP', '1INCH'])
    expect(result.current.quote.secondsLeft).toBeGreaterThan(290)
    expect(result.current.quote.isExpired).toBe(false)

    await act(() => result.current.swap.mutateAsync({ quote, slippage: 1 }))
    expect(result.current.swap.data).toMatchObject({
      status: 'confirmed',
      operation: { sellValue: parseUnits('10', 18), buyValue: quote.buyValue },
    })
    const balances = (await ibex.client.request({
      path: '/v1.2/users/me/balances',
      query: { walletAddress: user.safeAddresses['421614'], blockchainId: 421614 },
    })) as Balances
    const usd = balances.balance.tokens.find((entry) => entry.symbol === 'USD-IBEX')?.balance
    expect(parseUnits(usd ?? '0', 18)).toBe(parseUnits('100', 18) + quote.buyValue)
  })

  test('the quote is asked again by itself before it expires', async () => {
    const ibex = await createTestIbex({ mock: { quoteTtl: 20 } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(
      () =>
        useSwapQuote({ sellToken: EUR, buyToken: USD, amount: '1', refreshBeforeExpiryMs: 19_000 }),
      ibex,
    )
    await waitFor(() => expect(result.current.data).toBeDefined())
    const first = result.current.data!.quoteId
    expect(result.current.secondsLeft).toBeLessThanOrEqual(20)
    await waitFor(() => expect(result.current.data?.quoteId).not.toBe(first))
  })

  test('bad inputs and an expired quote are refused before any request', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result, rerender } = renderHookWithIbex(
      (props: { amount: string }) => ({
        quote: useSwapQuote({ sellToken: EUR, buyToken: USD, amount: props.amount }),
        swap: useSwap(),
      }),
      ibex,
      { initialProps: { amount: '' } },
    )
    expect(result.current.quote.fetchStatus).toBe('idle')
    rerender({ amount: '1e2' })
    await waitFor(() =>
      expect(result.current.quote.error).toMatchObject({ code: 'validation/amount-exponent' }),
    )
    rerender({ amount: '2' })
    await waitFor(() => expect(result.current.quote.data).toBeDefined())
    ibex.clearRequests()

    const stale = { ...result.current.quote.data!, expiresAt: Date.now() - 1 }
    await act(() => result.current.swap.mutateAsync({ quote: stale }).catch(() => {}))
    expect(result.current.swap.error).toMatchObject({
      code: 'validation/quote-expired',
      field: 'quote',
    })
    expect(ibex.requests()).toEqual([])
  })
})
