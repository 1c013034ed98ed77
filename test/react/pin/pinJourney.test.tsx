import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { PinJourneyApp } from '../../browser/fixtures/pin.app.tsx'

// Neither is a run of the keypad's own text ("1234567890"), so finding one anywhere is a leak.
const PIN = '975318'
const WRONG_PIN = '864209'

type User = ReturnType<typeof userEvent.setup>

async function typePin(user: User, pin: string) {
  const pad = screen.getByRole('group')
  for (const digit of pin)
    await user.click(within(pad).getByRole('button', { name: `Digit ${digit}` }))
}

/** Everything a PIN must never reach: web storage, the query and mutation caches, the DOM. */
function everywhereText(ibex: TestIbex, container: HTMLElement): string {
  const storage = (store: Storage) =>
    Array.from({ length: store.length }, (_, index) => {
      const key = store.key(index) ?? ''
      return `${key}=${store.getItem(key)}`
    })
  const queries = ibex.queryClient
    .getQueryCache()
    .getAll()
    .map((query) => ({ key: query.queryKey, data: query.state.data }))
  const mutations = ibex.queryClient
    .getMutationCache()
    .getAll()
    .map(({ state, options }) => ({
      key: options.mutationKey,
      variables: state.variables,
      data: state.data,
      context: state.context,
      error: state.error && `${state.error.name} ${state.error.message}`,
    }))
  return JSON.stringify({
    local: storage(localStorage),
    session: storage(sessionStorage),
    queries,
    mutations,
    dom: container.outerHTML,
  })
}

function variablesShown(container: HTMLElement): unknown {
  return JSON.parse(
    container.querySelector('[data-variables]')?.getAttribute('data-variables') ?? '',
  )
}

/** Renders the app, signs a new PIN user up (the PIN typed twice) and returns the harness. */
async function signUpWithPinPad(user: User) {
  const ibex = await createTestIbex({ client: { storage: 'localStorage' }, authenticator: false })
  const view = renderWithIbex(<PinJourneyApp />, ibex)
  await screen.findByRole('group', { name: 'Choose a PIN' })
  await typePin(user, PIN)
  expect(screen.getByRole('group', { name: 'Confirm PIN' })).toBeInTheDocument()
  await typePin(user, PIN)
  await screen.findByTestId('signed-in', {}, { timeout: 20_000 })
  return { ibex, ...view }
}

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('PIN sign-up and sign-in composed from PinPad and the hooks', () => {
  test('sign-up (confirm) → signed in → sign out → sign-in with only the PIN → signed in; no PIN kept anywhere', async () => {
    const user = userEvent.setup()
    const { ibex, container } = await signUpWithPinPad(user)
    const externalUserId = ibex.client.session.getSnapshot().user?.externalUserId
    expect(externalUserId).toEqual(expect.any(String))
    expect(screen.getByTestId('signed-in')).toHaveTextContent(`Signed in as ${externalUserId}`)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-up', 'POST /v1.2/auth/sign-up'])
    // The session went to localStorage: the check below does look where secrets could be.
    expect(everywhereText(ibex, container)).toContain('access')
    expect(variablesShown(container)).toEqual({ signUp: { wallet: 'kdf' } })
    expect(everywhereText(ibex, container)).not.toContain(PIN)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    // The returning user is remembered: the pad asks for the PIN once, no user id typed.
    await screen.findByRole('group', { name: 'Enter your PIN' })
    await expectNoAxeViolations(container)
    ibex.clearRequests()
    await typePin(user, PIN)
    await screen.findByTestId('signed-in', {}, { timeout: 20_000 })

    expect(ibex.client.session.getSnapshot().user?.externalUserId).toBe(externalUserId)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    expect(variablesShown(container)).toEqual({
      signUp: { wallet: 'kdf' },
      signIn: { wallet: 'kdf' },
    })
    expect(ibex.queryClient.getMutationCache().getAll()).toHaveLength(3)
    expect(everywhereText(ibex, container)).not.toContain(PIN)
  })

  test('a wrong PIN is announced (validation/pin-wrong) and clears the pad for the next try', async () => {
    const user = userEvent.setup()
    const { ibex, container } = await signUpWithPinPad(user)
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const pad = await screen.findByRole('group', { name: 'Enter your PIN' })

    await typePin(user, WRONG_PIN)
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Incorrect PIN.'), {
      timeout: 20_000,
    })
    expect(container.querySelector('[data-error-code]')).toHaveAttribute(
      'data-error-code',
      'validation/pin-wrong',
    )
    expect(pad).toHaveAttribute('aria-invalid', 'true')
    expect(pad).toHaveAccessibleDescription('Incorrect PIN.')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered'),
    )
    expect(container.querySelectorAll('[data-ibex-pinpad-slot][data-filled]')).toHaveLength(0)
    await expectNoAxeViolations(container)
    expect(everywhereText(ibex, container)).not.toContain(WRONG_PIN)

    // The next try starts from an empty pad and signs in.
    await typePin(user, PIN)
    await screen.findByTestId('signed-in', {}, { timeout: 20_000 })
    expect(everywhereText(ibex, container)).not.toContain(PIN)
  })

  test('after 3 wrong PINs the next try is refused before any request and counts down', async () => {
    // Only Date is faked: the throttle's clock stands still until the test moves it.
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    const { ibex, container } = await signUpWithPinPad(user)
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const pad = await screen.findByRole('group', { name: 'Enter your PIN' })
    const alert = screen.getByRole('alert')
    const errorCode = () =>
      container.querySelector('[data-error-code]')?.getAttribute('data-error-code')
    ibex.clearRequests()

    for (let attempt = 1; attempt <= 3; attempt++) {
      await typePin(user, WRONG_PIN)
      await waitFor(() => expect(errorCode()).toBe('validation/pin-wrong'), { timeout: 20_000 })
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 of 6'))
    }
    expect(ibex.requests()).toHaveLength(6)

    await typePin(user, PIN)
    await waitFor(() => expect(errorCode()).toBe('validation/pin-throttled'))
    // Refused before any request: no GET challenge, no derivation, no POST.
    expect(ibex.requests()).toHaveLength(6)
    const countdown = 'Too many attempts. Try again in 1 s.'
    expect(container.querySelector('[data-ibex-pinpad-error]')).toHaveTextContent(countdown)
    expect(alert).toHaveTextContent(countdown)
    expect(pad).toHaveAttribute('data-throttled')
    // While it counts down the keys refuse input.
    await user.click(within(pad).getByRole('button', { name: 'Digit 9' }))
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
    await expectNoAxeViolations(container)

    vi.setSystemTime(Date.now() + 1_000)
    await waitFor(() => expect(pad).not.toHaveAttribute('data-throttled'))
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.')
    await typePin(user, PIN)
    await screen.findByTestId('signed-in', {}, { timeout: 20_000 })
    expect(ibex.requests()).toHaveLength(8)
    expect(everywhereText(ibex, container)).not.toContain(PIN)
    expect(everywhereText(ibex, container)).not.toContain(WRONG_PIN)
  })
})
