import { waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { usePasskeySupport } from '../../../src/react/hooks/usePasskeySupport.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'

describe('usePasskeySupport', () => {
  test('default: reports WebAuthn, the platform authenticator and autofill support', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => usePasskeySupport(), ibex)
    expect(result.current.data).toBeUndefined()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual({
      webauthn: true,
      platformAuthenticator: true,
      conditionalMediation: true,
    })
  })

  test('behavior: a browser without WebAuthn gets all false', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const { result } = renderHookWithIbex(() => usePasskeySupport(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual({
      webauthn: false,
      platformAuthenticator: false,
      conditionalMediation: false,
    })
  })

  test('behavior: detected once, shared by every component that asks', async () => {
    const ibex = await createTestIbex()
    const first = renderHookWithIbex(() => usePasskeySupport(), ibex)
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true))
    const second = renderHookWithIbex(() => usePasskeySupport(), ibex)
    expect(second.result.current.data).toBe(first.result.current.data)
    expect(second.result.current.isFetching).toBe(false)
  })
})
