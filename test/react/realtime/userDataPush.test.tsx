import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import { useAddressBook } from '../../../src/react/hooks/useAddressBook.ts'
import { useUserData } from '../../../src/react/hooks/useUserData.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { createRealtimeTestIbex } from '../../core/realtime/realtimeHarness.ts'

function Providers({ client, children }: { client: IbexClient; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  )
  return (
    <IbexProvider
      client={client}
      queryClient={queryClient}
      realtime={{ reconnect: { baseDelayMs: 20, maxDelayMs: 200 } }}
    >
      {children}
    </IbexProvider>
  )
}

function Profile() {
  const { data } = useUserData()
  const language = data?.data.language
  return <p>{`language ${typeof language === 'string' ? language : 'unset'}`}</p>
}

function Contacts() {
  const { data } = useAddressBook()
  return <p>{`contacts ${data ? data.map((contact) => contact.name).join(',') || 'none' : '…'}`}</p>
}

describe('user_data pushed after a change (docs/protocol.md "Live updates")', () => {
  test('behavior: a profile and an address book changed on another device show up without a refetch', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    render(
      <Providers client={client}>
        <Profile />
        <Contacts />
      </Providers>,
    )
    await screen.findByText('language unset')
    await screen.findByText('contacts none')
    await waitFor(() => expect(ibex.sockets.open).toBe(1))
    ibex.clearRequests()

    // Another device of the same user writes straight to IBEx: this kit client sent nothing.
    await ibex.call('POST', '/v1.2/users/me', {
      token: user.accessToken,
      body: { data: { language: 'fr' } },
    })
    await screen.findByText('language fr')
    await ibex.call('POST', '/v1.2/users/me/addressbook', {
      token: user.accessToken,
      body: { name: 'Bob', crypto: [{ chainId: 421614, address: user.safe }] },
    })
    await screen.findByText('contacts Bob')
    // The profile stayed: the second push carries it too.
    expect(screen.getByText('language fr')).toBeInTheDocument()
    expect(ibex.requests()).toEqual([])
  })
})
