import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query'
import { cookies } from 'next/headers'
import { createIbexServerClient, prefetchIbexBalances } from 'ibex-react/server'
import { ibex } from './ibex'
import { Wallet } from './wallet'

export default async function Home() {
  // Balances fetched here land in the HTML; the browser makes no request for them. With an
  // expired access token the prefetch is skipped and the browser refreshes, then fetches.
  const queryClient = new QueryClient()
  await prefetchIbexBalances(queryClient, await createIbexServerClient(await cookies(), ibex))
  return (
    <main>
      <h1>ibex-react × Next.js</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Wallet />
      </HydrationBoundary>
    </main>
  )
}
