import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { flattenBalances, IbexProvider, useBalances, useSession } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
import {
  createMockIbex,
  createSoftwareAuthenticator,
  mockIbexHandlers,
  mockIbexSocketHandler,
} from 'ibex-react/mock'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'

// The same wiring as createIbexTestMock, by hand: HTTP and the WebSocket through MSW.
const mock = createMockIbex()
const server = setupServer(
  ...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test' }),
  mockIbexSocketHandler(mock, { url: 'wss://ibex.test/ws' }),
)
// jsdom's page is http://localhost:3000, so rpId `localhost` (a tenant the mock always knows).
const config = { baseUrl: 'https://ibex.test', rpId: 'localhost', crossTab: false }
const authenticator = createSoftwareAuthenticator({ origin: window.location.origin })

beforeAll(() => {
  server.listen()
  authenticator.install() // navigator.credentials, with real P-256 signatures
})
afterEach(() => mock.reset())
afterAll(() => {
  server.close()
  authenticator.uninstall()
})

function Balance() {
  const { status, user } = useSession()
  const { data: rows = [] } = useBalances({ query: { select: flattenBalances } })
  if (status !== 'signed-in') return <PasskeyButton mode="sign-up" />
  const eur = rows.find((row) => row.token.symbol === 'EUR-IBEX')
  return (
    <p data-safe={user.safeAddresses['421614']}>{eur ? `${eur.balance} EUR-IBEX` : 'Loading…'}</p>
  )
}

test('a faucet credit reaches the screen over the WebSocket', async () => {
  render(
    <IbexProvider config={config}>
      <Balance />
    </IbexProvider>,
  )
  await userEvent.click(screen.getByRole('button', { name: 'Create a passkey' }))
  const balance = await screen.findByText('100 EUR-IBEX')

  mock.faucet({ address: balance.dataset.safe ?? '', amount: '25', token: 'EUR-IBEX' })
  expect(await screen.findByText('125 EUR-IBEX')).toBeTruthy()
})
