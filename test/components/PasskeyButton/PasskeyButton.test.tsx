import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PasskeyButton } from '../../../src/components/PasskeyButton/PasskeyButton.tsx'
import { IbexSessionError } from '../../../src/core/errors/IbexSessionError.ts'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { createGate } from '../../utils/createGate.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser } from '../../utils/signUpWithPasskey.ts'

function liveText(container: HTMLElement, politeness: 'polite' | 'assertive'): string {
  return (container.querySelector(`[data-ibex-live="${politeness}"]`)?.textContent ?? '').trim()
}

describe('given a PasskeyButton in sign-in mode', () => {
  it('should render one labelled button of type button, idle, with no axe violations', async () => {
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(<PasskeyButton mode="sign-in" />, ibex)
    const button = screen.getByRole('button', { name: 'Sign in with a passkey' })
    expect(container.querySelectorAll('button')).toHaveLength(1)
    expect(button).toHaveAttribute('type', 'button')
    expect(button).toHaveAttribute('data-state', 'idle')
    expect(button).toHaveAttribute('data-mode', 'sign-in')
    expect(button).toHaveClass('ibex-root', 'ibex-passkey-button')
    expect(button).not.toHaveAttribute('aria-disabled')
    expect(liveText(container, 'polite')).toBe('')
    await expectNoAxeViolations(container)
  })

  it('should stay focusable but refuse presses while pending, and announce it', async () => {
    const user = userEvent.setup()
    const gate = createGate()
    const ibex = await createTestIbex({ mock: { sleep: gate.wait } })
    await returningPasskeyUser(ibex)
    await ibex.setFaults({ latencyMs: 1 })
    const { container } = renderWithIbex(<PasskeyButton />, ibex)
    const button = screen.getByRole('button', { name: 'Sign in with a passkey' })

    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'))
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toBeEnabled()
    expect(button).toHaveFocus()
    expect(liveText(container, 'polite')).toBe('Waiting for your passkey…')
    // The ceremony is loaded on demand: its challenge request follows the download.
    await waitFor(() => expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in']))
    await user.click(button)
    await user.keyboard('{Enter}')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in'])
    await expectNoAxeViolations(container)

    gate.open()
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
  })

  it('should end in success, announce it and call onSuccess with the signed-in result', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const account = await returningPasskeyUser(ibex)
    const onSuccess = vi.fn()
    const onError = vi.fn()
    const { container } = renderWithIbex(
      <PasskeyButton onSuccess={onSuccess} onError={onError} />,
      ibex,
    )
    const button = screen.getByRole('button')
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    expect(button).not.toHaveAttribute('aria-disabled')
    expect(liveText(container, 'polite')).toBe('You are signed in.')
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ status: 'signed-in', user: account })
    expect(onError).not.toHaveBeenCalled()
    expect(ibex.client.session.getSnapshot().status).toBe('signed-in')
    await expectNoAxeViolations(container)
  })

  it('should pass signInOptions on: includeBalance seeds balances in exactly 2 requests', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const account = await returningPasskeyUser(ibex)
    renderWithIbex(<PasskeyButton signInOptions={{ includeBalance: true }} />, ibex)
    const button = screen.getByRole('button')
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    const key = ibexQueryKeys.balances(ibexQueryScope(ibex.client), account.externalUserId)
    expect(ibex.queryClient.getQueryData(key)).toMatchObject({ totals: expect.any(Object) })
  })

  it('should end in error with a gentle, polite message when the prompt is closed', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.authenticator.failNext('NotAllowedError')
    const onError = vi.fn()
    const { container } = renderWithIbex(<PasskeyButton onError={onError} />, ibex)
    const button = screen.getByRole('button')
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'))
    expect(button).toHaveAttribute('data-error-code', 'webauthn/cancelled')
    expect(liveText(container, 'polite')).toBe('The passkey request was cancelled.')
    expect(liveText(container, 'assertive')).toBe('')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'webauthn/cancelled' })
    await expectNoAxeViolations(container)

    // A second try works, and the failure is forgotten.
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    expect(button).not.toHaveAttribute('data-error-code')
  })

  it('should announce other failures assertively', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.authenticator.failNext('SecurityError')
    const { container } = renderWithIbex(<PasskeyButton />, ibex)
    const button = screen.getByRole('button')
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'))
    expect(button).toHaveAttribute('data-error-code', 'webauthn/invalid-rp')
    expect(liveText(container, 'assertive')).toBe('The passkey did not work. Please try again.')
  })

  it('should say so when the browser has no passkey support', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ authenticator: false })
    const { container } = renderWithIbex(<PasskeyButton />, ibex)
    const button = screen.getByRole('button')
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'))
    expect(liveText(container, 'assertive')).toBe('This browser does not support passkeys.')
    expect(ibex.requests()).toEqual([])
  })

  it("should let the app's onClick veto the ceremony with preventDefault", async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    renderWithIbex(<PasskeyButton onClick={(event) => event.preventDefault()} />, ibex)
    await user.click(screen.getByRole('button'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'idle')
    expect(ibex.requests()).toEqual([])
  })
})

describe('given a PasskeyButton in sign-up mode', () => {
  it('should create a passkey with signUpOptions and sign the new user in', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    const onSuccess = vi.fn()
    const { container } = renderWithIbex(
      <PasskeyButton
        mode="sign-up"
        signUpOptions={{ userName: 'grace@example.com' }}
        onSuccess={onSuccess}
      />,
      ibex,
    )
    const button = screen.getByRole('button', { name: 'Create a passkey' })
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up', 'POST /v1.2/auth/sign-up'])
    expect(ibex.authenticator.credentials()[0]?.userName).toBe('grace@example.com')
    expect(liveText(container, 'polite')).toBe('Your passkey was created.')
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ status: 'signed-in' })
  })
})

describe('given asChild', () => {
  it("should render the child with the button's state and behaviour merged in", async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const order: string[] = []
    const { container } = renderWithIbex(
      <PasskeyButton asChild className="ibex-extra">
        <button type="button" className="app-button" onClick={() => order.push('child')}>
          Continue with Face ID
        </button>
      </PasskeyButton>,
      ibex,
    )
    const button = screen.getByRole('button', { name: 'Continue with Face ID' })
    expect(container.querySelectorAll('button')).toHaveLength(1)
    expect(button).toHaveClass('app-button', 'ibex-passkey-button', 'ibex-extra')
    expect(button).toHaveAttribute('data-state', 'idle')
    await user.click(button)
    expect(order).toEqual(['child'])
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'success'))
    await expectNoAxeViolations(container)
  })
})

describe('given a ref', () => {
  it('should forward it to the button element', async () => {
    const ibex = await createTestIbex()
    const ref = createRef<HTMLButtonElement>()
    renderWithIbex(<PasskeyButton ref={ref} />, ibex)
    expect(ref.current).toBe(screen.getByRole('button'))
  })
})

describe('given French', () => {
  it('should use the locale prop for the label and announcements', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.authenticator.failNext('NotAllowedError')
    const { container } = renderWithIbex(<PasskeyButton locale="fr" />, ibex)
    const button = screen.getByRole('button', { name: 'Se connecter avec une clé d’accès' })
    await user.click(button)
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'))
    expect(liveText(container, 'polite')).toBe('La demande de clé d’accès a été annulée.')
  })

  it("should fall back to the provider's locale", async () => {
    const ibex = await createTestIbex()
    renderWithIbex(<PasskeyButton mode="sign-up" />, ibex, { locale: 'fr' })
    expect(screen.getByRole('button', { name: 'Créer une clé d’accès' })).toBeInTheDocument()
  })
})

describe('given label overrides', () => {
  it('should prefer children, then messages, over the built-in label', async () => {
    const ibex = await createTestIbex()
    renderWithIbex(
      <>
        <PasskeyButton messages={{ signIn: 'Use my passkey' }} />
        <PasskeyButton messages={{ signIn: 'ignored' }}>Continue</PasskeyButton>
      </>,
      ibex,
    )
    expect(screen.getByRole('button', { name: 'Use my passkey' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
  })
})

describe('given no IbexProvider', () => {
  it('should throw a clear session/provider-missing error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<PasskeyButton />)).toThrow(IbexSessionError)
  })
})
