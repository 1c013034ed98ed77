import { QueryClient } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, test } from 'vitest'
import { IbexWebAuthnError } from '../../../src/core/errors/IbexWebAuthnError.ts'
import { useSession } from '../../../src/react/hooks/useSession.ts'
import { useSignUp } from '../../../src/react/hooks/useSignUp.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'

/** The distinct steps a hook went through, in order. */
function stepRecorder() {
  const steps: string[] = []
  return {
    steps,
    record(step: string) {
      if (steps[steps.length - 1] !== step) steps.push(step)
    },
  }
}

describe('useSignUp', () => {
  test('default: creates a passkey through challenge, authenticator and verifying, then signs in', async () => {
    const ibex = await createTestIbex()
    // Each request takes a moment, as on a network, so that every step gets rendered.
    await ibex.setFaults({ latencyMs: 20 })
    const { steps, record } = stepRecorder()
    const { result } = renderHookWithIbex(() => {
      const signUp = useSignUp()
      record(signUp.step)
      return { signUp, session: useSession() }
    }, ibex)
    expect(result.current.signUp.step).toBe('idle')

    act(() => result.current.signUp.mutate())
    await waitFor(() => expect(result.current.signUp.step).toBe('success'))

    expect(steps).toEqual(['idle', 'challenge', 'authenticator', 'verifying', 'success'])
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up', 'POST /v1.2/auth/sign-up'])
    const data = result.current.signUp.data
    expect(data?.status).toBe('signed-in')
    expect(result.current.session.status).toBe('signed-in')
    expect(result.current.session.user).toEqual(data?.status === 'signed-in' ? data.user : null)
    expect(ibex.authenticator.credentials()).toHaveLength(1)
  })

  test('parameters: variables reach the ceremony (passkey names)', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => useSignUp(), ibex)
    await act(() => result.current.mutateAsync({ userName: 'ada@example.com', keyName: 'laptop' }))
    // The name IBEx put in the creation options, as the authenticator stored it.
    expect(ibex.authenticator.credentials()[0]?.userName).toBe('ada@example.com')
  })

  test('behavior: closing the passkey prompt is an error with code webauthn/cancelled', async () => {
    const ibex = await createTestIbex()
    ibex.authenticator.failNext('NotAllowedError', 'The user closed the prompt.')
    const { result } = renderHookWithIbex(() => useSignUp(), ibex)
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.step).toBe('error'))
    expect(result.current.error).toBeInstanceOf(IbexWebAuthnError)
    expect(result.current.error?.code).toBe('webauthn/cancelled')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up'])
    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')

    act(() => result.current.reset())
    await waitFor(() => expect(result.current.step).toBe('idle'))
    expect(result.current.error).toBeNull()
  })

  test('behavior: never retried, even when the QueryClient retries mutations by default', async () => {
    const ibex = await createTestIbex()
    ibex.authenticator.failNext('NotAllowedError')
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3 } } })
    const { result } = renderHook(() => useSignUp(), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <IbexProvider client={ibex.client} queryClient={queryClient}>
          {children}
        </IbexProvider>
      ),
    })
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.failureCount).toBe(1)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up'])
  })

  test('behavior: a new mutate starts over from challenge', async () => {
    const ibex = await createTestIbex()
    await ibex.setFaults({ latencyMs: 20 })
    ibex.authenticator.failNext('NotAllowedError')
    const { steps, record } = stepRecorder()
    const { result } = renderHookWithIbex(() => {
      const signUp = useSignUp()
      record(signUp.step)
      return signUp
    }, ibex)
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.step).toBe('error'))
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.step).toBe('success'))
    // The failed prompt may end before 'authenticator' is rendered; the retry shows every step.
    expect(steps.slice(0, 2)).toEqual(['idle', 'challenge'])
    expect(steps.slice(steps.indexOf('error'))).toEqual([
      'error',
      'challenge',
      'authenticator',
      'verifying',
      'success',
    ])
  })
})
