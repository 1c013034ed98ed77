import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PinPad } from '../../../src/components/PinPad/PinPad.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'

afterEach(() => {
  vi.useRealTimers()
})

function digitKey(digit: string, name = 'Digit'): HTMLElement {
  return screen.getByRole('button', { name: `${name} ${digit}` })
}

function shownError(container: HTMLElement): string | null | undefined {
  return container.querySelector('[data-ibex-pinpad-error]')?.textContent
}

describe('given a PinPad with a retryAt ahead', () => {
  it('should count down on screen, announce the wait once, refuse input, then say it is ready', () => {
    vi.useFakeTimers()
    const onValueChange = vi.fn()
    const { container } = render(
      <PinPad retryAt={Date.now() + 3_000} onValueChange={onValueChange} allowReveal />,
    )
    const group = screen.getByRole('group', { name: 'PIN' })
    const alert = screen.getByRole('alert')
    const announced = 'Too many attempts. Try again in 3 s.'
    expect(shownError(container)).toBe(announced)
    expect(alert).toHaveTextContent(announced)
    expect(group).toHaveAttribute('data-throttled')
    expect(group).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAccessibleDescription(announced)
    for (const key of within(group).getAllByRole('button', { name: /^Digit/ })) {
      expect(key).toBeEnabled()
      expect(key).toHaveAttribute('aria-disabled', 'true')
    }
    act(() => digitKey('9').click())
    expect(onValueChange).not.toHaveBeenCalled()

    act(() => vi.advanceTimersByTime(1_000))
    expect(shownError(container)).toBe('Too many attempts. Try again in 2 s.')
    act(() => vi.advanceTimersByTime(1_000))
    expect(shownError(container)).toBe('Too many attempts. Try again in 1 s.')
    // The live region did not change with the number: read once, not every second.
    expect(alert).toHaveTextContent(announced)

    act(() => vi.advanceTimersByTime(1_000))
    expect(shownError(container)).toBeUndefined()
    expect(alert).toHaveTextContent('')
    expect(group).not.toHaveAttribute('data-throttled')
    expect(group).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.')

    act(() => digitKey('9').click())
    expect(onValueChange).toHaveBeenLastCalledWith('9')
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 digits entered')
  })

  it('should have no axe violations while waiting', async () => {
    const { container } = render(<PinPad retryAt={Date.now() + 60_000} submitKey allowReveal />)
    expect(screen.getByRole('group')).toHaveAttribute('data-throttled')
    await expectNoAxeViolations(container)
  })

  it('should show nothing for a retryAt already past', () => {
    const { container } = render(<PinPad retryAt={Date.now() - 1} />)
    expect(shownError(container)).toBeUndefined()
    expect(screen.getByRole('group')).not.toHaveAttribute('data-throttled')
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
  })

  it('should count down in French, with the overrides of the app', () => {
    vi.useFakeTimers()
    const { container, rerender } = render(<PinPad locale="fr" retryAt={Date.now() + 2_000} />)
    expect(shownError(container)).toBe('Trop de tentatives. Réessayez dans 2 s.')
    rerender(
      <PinPad
        locale="fr"
        retryAt={Date.now() + 2_000}
        messages={{ throttled: 'Patientez {seconds} s', retryReady: 'À vous.' }}
      />,
    )
    expect(shownError(container)).toBe('Patientez 2 s')
    act(() => vi.advanceTimersByTime(2_000))
    expect(screen.getByRole('status')).toHaveTextContent('À vous.')
  })
})

describe('given a PinPad that receives a new error', () => {
  it('should clear the digits, once per new error, and tell a controlled parent', async () => {
    const user = userEvent.setup()
    function App() {
      const [pin, setPin] = useState('')
      const [error, setError] = useState<string | undefined>()
      return (
        <>
          <PinPad value={pin} onValueChange={setPin} error={error} />
          <button type="button" onClick={() => setError('Incorrect PIN.')}>
            Fail
          </button>
          <button type="button" onClick={() => setError(undefined)}>
            Retry
          </button>
          <output data-testid="value">{pin.length}</output>
        </>
      )
    }
    render(<App />)
    for (const digit of '975') await user.click(digitKey(digit))
    expect(screen.getByTestId('value')).toHaveTextContent('3')

    await user.click(screen.getByRole('button', { name: 'Fail' }))
    expect(screen.getByTestId('value')).toHaveTextContent('0')
    expect(screen.getByRole('alert')).toHaveTextContent('Incorrect PIN.')

    // Typing again while the same error shows keeps the digits.
    for (const digit of '31') await user.click(digitKey(digit))
    expect(screen.getByTestId('value')).toHaveTextContent('2')
    await user.click(screen.getByRole('button', { name: 'Fail' }))
    expect(screen.getByTestId('value')).toHaveTextContent('2')

    // The error goes (a new attempt) and comes back: a new failure, cleared again.
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await user.click(screen.getByRole('button', { name: 'Fail' }))
    expect(screen.getByTestId('value')).toHaveTextContent('0')
  })

  it('should start a confirm pad over from the first entry', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { rerender } = render(<PinPad confirm onComplete={onComplete} />)
    for (const digit of '975318') await user.click(digitKey(digit))
    for (const digit of '975318') await user.click(digitKey(digit))
    expect(onComplete).toHaveBeenCalledWith('975318')
    expect(screen.getByRole('group')).toHaveAttribute('data-step', 'confirm')

    rerender(<PinPad confirm onComplete={onComplete} error="The account could not be created." />)
    const group = screen.getByRole('group', { name: 'PIN' })
    expect(group).toHaveAttribute('data-step', 'enter')
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
    for (const digit of '864209') await user.click(digitKey(digit))
    expect(screen.getByRole('group', { name: 'Confirm PIN' })).toBeInTheDocument()
  })
})

describe('given a PinPad inside an IbexProvider with a locale', () => {
  it("should use the provider's locale unless its own locale prop says otherwise", async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const { unmount } = renderWithIbex(<PinPad />, ibex, { locale: 'fr' })
    expect(screen.getByRole('group', { name: 'Code PIN' })).toBeInTheDocument()
    expect(digitKey('7', 'Chiffre')).toBeInTheDocument()
    unmount()
    renderWithIbex(<PinPad locale="en" />, ibex, { locale: 'fr' })
    expect(screen.getByRole('group', { name: 'PIN' })).toBeInTheDocument()
  })

  it('should work without any provider, in English', () => {
    render(<PinPad />)
    expect(screen.getByRole('group', { name: 'PIN' })).toBeInTheDocument()
  })
})
