import type { ReactNode } from 'react'
import { cookies } from 'next/headers'
import { getIbexSession } from 'ibex-react/server'
import { ibex } from './ibex'
import { Providers } from './providers'
import 'ibex-react/styles.css'

export const metadata = { title: 'ibex-react × Next.js' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read from the encrypted cookie on every request: no call to IBEx, no refresh.
  const session = await getIbexSession(await cookies(), ibex)
  return (
    <html lang="en">
      <body>
        <Providers
          initialState={{ session }}
          rpId={ibex.rpId}
          realtimeUrl={process.env.IBEX_REALTIME_URL}
        >
          {children}
        </Providers>
      </body>
    </html>
  )
}
