import { act, render, screen, waitFor } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import type { UseConditionalSignInReturnType } from '../../../src/react/hooks/useConditionalSignIn.ts'
import { useConditionalSignIn } from '../../../src/react/hooks/useConditionalSignIn.ts'
import { useSession } from '../../../src/react/hooks/useSession.ts'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import type { UseSignInReturnType } from '../../../src/react/hooks/useSignIn.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { returningPasskeyUser } from '../../utils/signUpWithPasskey.ts'

type Probe = {
  autofill?: UseConditionalSignInReturnType
  modal?: UseSignInReturnType
  status?: string
}

/** Hands what a component rendered to the test. */
function report(probe: Probe, values: Probe) {
  Object.assign(probe, values)
}

/** A sign-in form: the username input the browser attaches passkey suggestions to. */
function SignInForm({ probe, withModal = false }: { probe: Probe; withModal?: boolean }) {
  report(probe, { autofill: useConditionalSignIn({ signIn: { includeBalance: true } }) })
  return (
    <form>
      <label htmlFor="username">Email</label>
      <input id="username" name="username" autoComplete="username webauthn" />
      {withModal ? <ModalSignIn probe={probe} /> : null}
    </form>
  )
}

function ModalSignIn({ probe }: { probe: Probe }) {
  report(probe, { modal: useSignIn() })
  return null
}

function SessionStatus({ probe }: { probe: Probe }) {
  report(probe, { status: useSession().status })
  return null
}

function renderForm(ibex: TestIbex, children: ReactNode, probe: Probe) {
  return render(
    <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
      <SessionStatus probe={probe} />
      {children}
    </IbexProvider>,
  )
}

describe('useConditionalSignIn', () => {
  test('default: waits in autofill, then signs in when the user picks the passkey', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const probe: Probe = {}
    renderForm(ibex, <SignInForm probe={probe} />, probe)
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))
    expect(probe.autofill?.isAvailable).toBe(true)
    expect(probe.autofill?.isPending).toBe(true)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in'])

    act(() => ibex.authenticator.completeConditional())
    await waitFor(() => expect(probe.autofill?.step).toBe('success'))
    expect(probe.status).toBe('signed-in')
    expect(probe.autofill?.data).toMatchObject({ status: 'signed-in', user })
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
  })

  test('behavior: the waiting ceremony is aborted when the component unmounts', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const probe: Probe = {}
    const { rerender } = renderForm(ibex, <SignInForm probe={probe} />, probe)
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))

    rerender(
      <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
        <SessionStatus probe={probe} />
      </IbexProvider>,
    )
    await waitFor(() => {
      const [mutation] = ibex.queryClient.getMutationCache().getAll()
      expect(mutation?.state.status).toBe('error')
    })
    const [mutation] = ibex.queryClient.getMutationCache().getAll()
    expect(mutation?.state.error).toMatchObject({ code: 'webauthn/aborted' })
    // The prompt is gone: picking a passkey now signs nobody in.
    ibex.authenticator.completeConditional()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(probe.status).toBe('signed-out')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in'])
  })

  test('behavior: a modal sign-in aborts it; after a successful one it does not restart', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const probe: Probe = {}
    renderForm(ibex, <SignInForm probe={probe} withModal />, probe)
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))

    await act(() => probe.modal?.mutateAsync())
    expect(probe.status).toBe('signed-in')
    expect(probe.autofill?.error?.code).toBe('webauthn/aborted')
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-in',
      'GET /v1.2/auth/sign-in',
      'POST /v1.2/auth/sign-in',
    ])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(ibex.requests()).toHaveLength(3)
  })

  test('behavior: after a cancelled modal sign-in, autofill is offered again', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const probe: Probe = {}
    renderForm(ibex, <SignInForm probe={probe} withModal />, probe)
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))

    ibex.authenticator.failNext('NotAllowedError')
    await act(() => probe.modal?.mutateAsync().catch(() => {}))
    expect(probe.modal?.error?.code).toBe('webauthn/cancelled')
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-in',
      'GET /v1.2/auth/sign-in',
      'GET /v1.2/auth/sign-in',
    ])
    act(() => ibex.authenticator.completeConditional())
    await waitFor(() => expect(probe.status).toBe('signed-in'))
  })

  test('behavior: mounted while a modal sign-in runs, it waits instead of racing its prompt', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    await ibex.setFaults({ latencyMs: 30 })
    const probe: Probe = {}
    const { rerender } = renderForm(ibex, <ModalSignIn probe={probe} />, probe)
    let modal: Promise<unknown> = Promise.resolve()
    act(() => {
      modal = probe.modal?.mutateAsync() ?? modal
    })
    rerender(
      <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
        <SessionStatus probe={probe} />
        <ModalSignIn probe={probe} />
        <SignInForm probe={probe} />
      </IbexProvider>,
    )
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(probe.autofill?.isAvailable).toBe(true)
    expect(probe.autofill?.step).toBe('idle')
    await act(() => modal)
    expect(probe.status).toBe('signed-in')
    await new Promise((resolve) => setTimeout(resolve, 40))
    // Only the modal ceremony reached IBEx; signed in, the autofill never started.
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
  })

  test('behavior: under Strict Mode, one ceremony waits and completes', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const probe: Probe = {}
    render(
      <StrictMode>
        <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
          <SessionStatus probe={probe} />
          <SignInForm probe={probe} />
        </IbexProvider>
      </StrictMode>,
    )
    await waitFor(() => expect(probe.autofill?.step).toBe('authenticator'))
    act(() => ibex.authenticator.completeConditional())
    await waitFor(() => expect(probe.status).toBe('signed-in'))
    expect(ibex.requests().filter((r) => r === 'POST /v1.2/auth/sign-in')).toHaveLength(1)
  })

  test('parameters: enabled false starts nothing', async () => {
    const ibex = await createTestIbex()
    function Disabled() {
      const autofill = useConditionalSignIn({ enabled: false })
      return <p>{autofill.step}</p>
    }
    renderForm(ibex, <Disabled />, {})
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.getByText('idle')).toBeInTheDocument()
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: where autofill is unsupported, nothing starts', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const probe: Probe = {}
    renderForm(ibex, <SignInForm probe={probe} />, probe)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(probe.autofill?.isAvailable).toBe(false)
    expect(probe.autofill?.step).toBe('idle')
    expect(ibex.requests()).toEqual([])
  })
})
