import { QueryClient } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { StrictMode, useState, type ReactNode } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import type { CreateRealtimeClientOptions } from '../../../src/core/realtime/IbexRealtimeClient.ts'
import type { IbexRealtimeEvent } from '../../../src/core/realtime/IbexRealtimeEvent.ts'
import { createMemoryStorage } from '../../../src/core/storage/createMemoryStorage.ts'
import { useBalances } from '../../../src/react/hooks/useBalances.ts'
import { useIbexEvents } from '../../../src/react/hooks/useIbexEvents.ts'
import { useIbexRealtime } from '../../../src/react/hooks/useIbexRealtime.ts'
import { useRealtimeStatus } from '../../../src/react/hooks/useRealtimeStatus.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { createRealtimeTestIbex, uniqueChannel } from '../../core/realtime/realtimeHarness.ts'

type Handler = (event: IbexRealtimeEvent<'balance_update'>) => void

const fast: CreateRealtimeClientOptions = { reconnect: { baseDelayMs: 20, maxDelayMs: 200 } }

function wrapper(client: IbexClient, realtime: boolean | CreateRealtimeClientOptions = fast) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <IbexProvider client={client} queryClient={queryClient} realtime={realtime}>
        {children}
      </IbexProvider>
    )
  }
}

describe('useRealtimeStatus', () => {
  test('default: closed while signed out, connecting then open once signed in, closed after sign-out', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const { result } = renderHook(() => useRealtimeStatus(), { wrapper: wrapper(client) })
    expect(result.current).toMatchObject({ status: 'closed', role: null })
    const user = await act(() => ibex.signUp(client))
    await waitFor(() => expect(result.current.status).toBe('open'))
    expect(result.current).toMatchObject({ role: 'leader', safeAddress: user.safe })
    expect(ibex.sockets.open).toBe(1)
    await act(() => client.signOut())
    expect(result.current.status).toBe('closed')
    await waitFor(() => expect(ibex.sockets.open).toBe(0))
  })

  test('parameters: realtime={false} opens no socket', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const { result } = renderHook(() => [useRealtimeStatus(), useIbexRealtime()] as const, {
      wrapper: wrapper(client, false),
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(result.current[0].status).toBe('closed')
    expect(result.current[1]).toBeUndefined()
    expect(ibex.sockets.opened).toBe(0)
  })

  test('behavior: maintenance announced over the socket shows, then clears', async () => {
    const ibex = createRealtimeTestIbex()
    const announce = (active: boolean) =>
      ibex.push({
        type: 'maintenance',
        service: 'IBEXFIAPI',
        active,
        since: '2026-01-15T10:00:00.000Z',
        message: active ? 'Back at 14:00' : 'Done',
      })
    const client = ibex.client()
    await ibex.signUp(client)
    const { result } = renderHook(() => useRealtimeStatus(), { wrapper: wrapper(client) })
    await waitFor(() => expect(result.current.status).toBe('open'))
    act(() => announce(true))
    await waitFor(() => expect(result.current.status).toBe('maintenance'))
    expect(result.current.maintenance).toEqual({
      since: '2026-01-15T10:00:00.000Z',
      message: 'Back at 14:00',
    })
    act(() => announce(false))
    await waitFor(() => expect(result.current.status).toBe('open'))
  })

  test('behavior: Strict Mode and a remount never hold two sockets at once', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const Wrapper = wrapper(client)
    function Status() {
      return <p>{useRealtimeStatus().status}</p>
    }
    const { unmount } = render(
      <StrictMode>
        <Wrapper>
          <Status />
        </Wrapper>
      </StrictMode>,
    )
    await screen.findByText('open')
    unmount()
    await waitFor(() => expect(ibex.sockets.open).toBe(0))
    expect(ibex.sockets.maxOpen).toBe(1)
  })
})

describe('useIbexEvents', () => {
  test('default: every event, or those of one type, with the latest handler', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const all: string[] = []
    const updates: IbexRealtimeEvent<'balance_update'>[] = []
    const first = vi.fn<(event: IbexRealtimeEvent<'balance_update'>) => void>()
    const { rerender } = renderHook(
      ({ onUpdate }: { onUpdate: Handler }) => {
        useIbexEvents((event) => all.push(event.type))
        useIbexEvents('balance_update', onUpdate)
      },
      { wrapper: wrapper(client), initialProps: { onUpdate: first as Handler } },
    )
    await waitFor(() => expect(all).toContain('user_data'))
    expect(all.slice(0, 3)).toEqual(['auth_success', 'connection_success', 'balance_data'])
    rerender({
      onUpdate: (event) => {
        updates.push(event)
      },
    })
    await ibex.transfer(await ibex.signUp(), receiver.safe, '3')
    await waitFor(() => expect(updates).toHaveLength(1))
    expect(updates[0]?.data).toMatchObject({
      address: receiver.safe,
      balance: '103000000000000000000',
    })
    expect(first).not.toHaveBeenCalled()
    expect(all).toContain('new_transaction')
  })
})

describe('IbexProvider realtime', () => {
  function EurBalance() {
    const { data } = useBalances()
    const eur = data?.wallets
      .flatMap((wallet) => wallet.tokens)
      .find((t) => t.symbol === 'EUR-IBEX')
    return <p>{eur ? `EUR ${eur.balance}` : 'loading'}</p>
  }

  test('behavior: a transfer from another user updates the balance on screen without an HTTP request', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const Wrapper = wrapper(client)
    render(
      <Wrapper>
        <EurBalance />
      </Wrapper>,
    )
    await screen.findByText('EUR 100')
    await waitFor(() => expect(ibex.sockets.open).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    ibex.clearRequests()
    await ibex.transfer(await ibex.signUp(), receiver.safe, '12.5')
    await screen.findByText('EUR 112.5')
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: two tabs (two providers sharing a channel) keep one socket; both screens update', async () => {
    const ibex = createRealtimeTestIbex()
    const storage = createMemoryStorage()
    const crossTab = { channelName: uniqueChannel() }
    const clientA = ibex.client({ storage, crossTab })
    const clientB = ibex.client({ storage, crossTab })
    const receiver = await ibex.signUp(clientA)
    await waitFor(() => expect(clientB.session.getSnapshot().status).toBe('signed-in'))
    const TabA = wrapper(clientA)
    const TabB = wrapper(clientB)
    function Tab({ name }: { name: string }) {
      const { status, role } = useRealtimeStatus()
      const { data } = useBalances()
      const eur = data?.wallets.flatMap((w) => w.tokens).find((t) => t.symbol === 'EUR-IBEX')
      return <p>{`${name} ${status} ${role ?? ''} ${eur?.balance ?? ''}`}</p>
    }
    function Tabs() {
      const [showA, setShowA] = useState(true)
      return (
        <>
          <button type="button" onClick={() => setShowA(false)}>
            Close A
          </button>
          {showA && (
            <TabA>
              <Tab name="A" />
            </TabA>
          )}
          <TabB>
            <Tab name="B" />
          </TabB>
        </>
      )
    }
    render(<Tabs />)
    await screen.findByText(/^A open (leader|follower) 100$/)
    await screen.findByText(/^B open (leader|follower) 100$/)
    expect(ibex.sockets).toMatchObject({ open: 1, maxOpen: 1 })
    ibex.clearRequests()
    await ibex.transfer(await ibex.signUp(), receiver.safe, '1')
    await screen.findByText(/^A open \w+ 101$/)
    await screen.findByText(/^B open \w+ 101$/)
    expect(ibex.requests()).toEqual([])

    act(() => screen.getByRole('button', { name: 'Close A' }).click())
    await screen.findByText('B open leader 101')
    expect(ibex.sockets).toMatchObject({ open: 1, maxOpen: 1 })
  })
})
