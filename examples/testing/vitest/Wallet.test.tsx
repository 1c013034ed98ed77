import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { IbexProvider, useSession } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'
import { createIbexTestMock } from 'ibex-react/testing'
import { expect, onTestFinished, test } from 'vitest'

function Wallet() {
  const { status, user } = useSession()
  if (status !== 'signed-in') return <PasskeyButton mode="sign-up" />
  return <p>Safe {user.safeAddresses['421614']}</p>
}

test('signs up with a passkey', async () => {
  const ibex = await createIbexTestMock()
  onTestFinished(() => ibex.close())
  render(
    <IbexProvider {...ibex.providerProps}>
      <Wallet />
    </IbexProvider>,
  )

  await userEvent.click(screen.getByRole('button', { name: 'Create a passkey' }))
  expect(await screen.findByText(/^Safe 0x/)).toBeTruthy()
})
