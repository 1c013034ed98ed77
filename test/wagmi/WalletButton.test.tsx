import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { connect, getConnectors } from 'wagmi/actions'
import { describe, expect, it, vi } from 'vitest'
import { WalletButton } from '../../src/components/WalletButton/WalletButton.tsx'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { createGate } from '../utils/createGate.ts'
import { createTestIbex } from '../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../utils/expectNoAxeViolations.ts'
import { createTestWallet, embeddedTestWallet, injectedTestWallet } from './testWallet.ts'
import { createTestWagmiConfig, renderWithWagmi } from './wagmiHarness.tsx'

function liveText(container: HTMLElement, politeness: 'polite' | 'assertive'): string {
  return (container.querySelector(`[data-ibex-live="${politeness}"]`)?.textContent ?? '').trim()
}

function rootOf(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('[data-ibex-wallet-button]')
  if (!root) throw new Error('no WalletButton root')
  return root
}

describe('given a WalletButton with one connector', () => {
  it('should connect, sign up on the asked chain, announce it and call onSuccess', async () => {
    const user = userEvent.setup()
    const gate = createGate()
    const ibex = await createTestIbex({ mock: { sleep: gate.wait } })
    const wallet = createTestWallet({ chainId: 100 })
    const config = createTestWagmiConfig([embeddedTestWallet(wallet)])
    const onSuccess = vi.fn()
    const { container } = renderWithWagmi(
      <WalletButton mode="sign-up" chainId={421614} onSuccess={onSuccess} className="mine" />,
      ibex,
      config,
    )
    const root = rootOf(container)
    expect(root).toHaveClass('ibex-root', 'ibex-wallet', 'mine')
    expect(root).toHaveAttribute('data-state', 'idle')
    expect(root).toHaveAttribute('data-mode', 'sign-up')
    const button = screen.getByRole('button', { name: 'Sign up with a wallet' })
    expect(button).toHaveAttribute('type', 'button')
    expect(container.querySelectorAll('button')).toHaveLength(1)
    await expectNoAxeViolations(container)

    await ibex.setFaults({ latencyMs: 1 })
    await user.click(button)
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'pending'))
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveFocus()
    expect(liveText(container, 'polite')).toBe('Confirm in your wallet…')
    await user.click(button)
    await expectNoAxeViolations(container)

    gate.open()
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(liveText(container, 'polite')).toBe('Your account was created.')
    expect(wallet.chainId()).toBe(421614)
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      delegation: { implementation: safeEip7702ProxyAddress, chainId: 421614 },
    })
    expect(ibex.requests().filter((request) => request.startsWith('POST'))).toEqual([
      'POST /v1.2/auth/sign-up',
    ])
  })

  it('should announce a refusal politely, expose the error code and call onError', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const wallet = createTestWallet()
    wallet.behaviour.rejectSignatures = true
    const config = createTestWagmiConfig([injectedTestWallet(wallet)])
    const onError = vi.fn()
    const { container } = renderWithWagmi(<WalletButton onError={onError} />, ibex, config)
    await user.click(screen.getByRole('button', { name: 'Sign in with a wallet' }))
    const root = rootOf(container)
    // Sign-in of an address without an account: IBEx says so before the wallet is asked.
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'error'))
    expect(root).toHaveAttribute('data-error-code', 'http/not-found')
    expect(liveText(container, 'assertive')).toBe('No account uses this wallet yet. Sign up first.')

    const signUp = renderWithWagmi(<WalletButton mode="sign-up" onError={onError} />, ibex, config)
    await user.click(
      within(signUp.container).getByRole('button', { name: 'Sign up with a wallet' }),
    )
    const signUpRoot = rootOf(signUp.container)
    await waitFor(() => expect(signUpRoot).toHaveAttribute('data-error-code', 'wallet/rejected'))
    expect(liveText(signUp.container, 'polite')).toBe('You declined the request in your wallet.')
    expect(onError.mock.calls.map(([error]) => error.code)).toEqual([
      'http/not-found',
      'wallet/rejected',
    ])
  })

  it('should say so when the config has no connector at all', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const config = createTestWagmiConfig([])
    const { container } = renderWithWagmi(<WalletButton />, ibex, config)
    await user.click(screen.getByRole('button', { name: 'Sign in with a wallet' }))
    await waitFor(() => expect(rootOf(container)).toHaveAttribute('data-state', 'error'))
    expect(liveText(container, 'assertive')).toBe(
      'No wallet was found. Install a wallet app or extension and try again.',
    )
    expect(ibex.requests()).toEqual([])
  })
})

describe('given a WalletButton with several connectors', () => {
  it('should list them in a labelled group and sign in through the one chosen', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const wallet = createTestWallet()
    const config = createTestWagmiConfig([
      injectedTestWallet(createTestWallet()),
      embeddedTestWallet(wallet),
    ])
    const first = renderWithWagmi(<WalletButton mode="sign-up" />, ibex, config)
    const group = within(first.container).getByRole('group', { name: 'Choose a wallet' })
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Sign up with Test Wallet', 'Sign up with Embedded Wallet'])
    await expectNoAxeViolations(first.container)
    const chosen = within(group).getByRole('button', { name: 'Sign up with Embedded Wallet' })
    await user.click(chosen)
    await waitFor(() => expect(rootOf(first.container)).toHaveAttribute('data-state', 'success'))
    // The list stays once the wallet connects, so the pressed button keeps the focus.
    expect(chosen).toBeInTheDocument()
    expect(chosen).toHaveFocus()
    expect(chosen).toHaveAttribute('data-state', 'success')
    first.unmount()

    // Connected now: one button, signing in with the connected wallet.
    await ibex.client.signOut()
    const { container } = renderWithWagmi(<WalletButton />, ibex, config)
    expect(screen.queryByRole('group')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Sign in with a wallet' }))
    await waitFor(() => expect(rootOf(container)).toHaveAttribute('data-state', 'success'))
    expect(ibex.client.session.getSnapshot().user?.eoaAddress).toBe(wallet.account.address)
  })

  it('should speak French when asked', async () => {
    const ibex = await createTestIbex()
    const config = createTestWagmiConfig([
      injectedTestWallet(createTestWallet()),
      embeddedTestWallet(createTestWallet()),
    ])
    renderWithWagmi(<WalletButton />, ibex, config, { locale: 'fr' })
    const group = screen.getByRole('group', { name: 'Choisissez un portefeuille' })
    expect(
      within(group).getByRole('button', { name: 'Se connecter avec Test Wallet' }),
    ).toBeTruthy()
    const connectors = getConnectors(config)
    await connect(config, { connector: connectors[0]! })
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Se connecter avec un portefeuille' }),
      ).toBeTruthy(),
    )
  })
})
