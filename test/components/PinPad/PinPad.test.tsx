import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { PinPad } from '../../../src/components/PinPad/PinPad.tsx'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'

// Not a run of the phone-order keypad text ("1234567890"), so finding it in the DOM would be a leak.
const PIN = '975318'

function digitKeys(): HTMLElement[] {
  return screen.getAllByRole('button', { name: /^Digit \d$/ })
}

function keyOrder(): string[] {
  return digitKeys().map((key) => key.textContent ?? '')
}

async function pressDigits(user: ReturnType<typeof userEvent.setup>, digits: string) {
  for (const digit of digits)
    await user.click(screen.getByRole('button', { name: `Digit ${digit}` }))
}

function allAttributeValues(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  )
}

describe('given a default PinPad', () => {
  it('should render a group named "PIN" with ten digit keys and a delete key', async () => {
    const { container } = render(<PinPad />)
    const group = screen.getByRole('group', { name: 'PIN' })
    expect(within(group).getAllByRole('button', { name: /^Digit \d$/ })).toHaveLength(10)
    expect(within(group).getByRole('button', { name: 'Delete' })).toHaveAttribute('type', 'button')
    expect(within(group).queryByRole('button', { name: 'Submit' })).toBeNull()
    expect(group).toHaveAttribute('data-state', 'idle')
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
    await expectNoAxeViolations(container)
  })

  it('should lay out the digits in phone order and tab through them, then Delete', async () => {
    const user = userEvent.setup()
    render(<PinPad />)
    expect(keyOrder()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'])
    const visited: string[] = []
    for (let step = 0; step < 11; step++) {
      await user.tab()
      visited.push(document.activeElement?.getAttribute('aria-label') ?? '')
    }
    expect(visited).toEqual([
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((digit) => `Digit ${digit}`),
      'Delete',
    ])
  })

  it('should take digits from the on-screen keys and announce how many were entered', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { container } = render(<PinPad onValueChange={onValueChange} />)
    await pressDigits(user, '975')
    expect(onValueChange.mock.calls).toEqual([['9'], ['97'], ['975']])
    expect(screen.getByRole('status')).toHaveTextContent('3 of 6 digits entered')
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'entering')
    expect(container.querySelectorAll('[data-ibex-pinpad-slot][data-filled]')).toHaveLength(3)
    await expectNoAxeViolations(container)
  })

  it('should take digits, Backspace and Delete from the physical keyboard while focus is inside', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<PinPad onValueChange={onValueChange} />)
    await user.tab()
    await user.keyboard('9753')
    expect(screen.getByRole('status')).toHaveTextContent('4 of 6 digits entered')
    await user.keyboard('{Backspace}')
    await user.keyboard('{Delete}')
    expect(screen.getByRole('status')).toHaveTextContent('2 of 6 digits entered')
    expect(onValueChange).toHaveBeenLastCalledWith('97')
  })

  it('should keep the keys it uses from page-wide shortcuts on document (Storybook "1", "2", "3")', async () => {
    const user = userEvent.setup()
    const shortcuts: string[] = []
    const onShortcut = (event: KeyboardEvent) => shortcuts.push(event.key)
    document.addEventListener('keydown', onShortcut)
    try {
      render(<PinPad />)
      await user.tab()
      await user.keyboard('123{Backspace}a')
      expect(screen.getByRole('status')).toHaveTextContent('2 of 6 digits entered')
      // Only the keys the pad does not use go on (Tab moved focus into it).
      expect(shortcuts).toEqual(['Tab', 'a'])
    } finally {
      document.removeEventListener('keydown', onShortcut)
    }
  })

  it('should ignore keys typed while focus is outside the pad', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <>
        <button type="button">Elsewhere</button>
        <PinPad onValueChange={onValueChange} />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    await user.keyboard('12')
    expect(onValueChange).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
  })

  it('should accept typing when the app focuses the pad itself through its ref', async () => {
    const user = userEvent.setup()
    let pad: HTMLDivElement | null = null
    render(<PinPad ref={(node) => void (pad = node)} />)
    act(() => pad?.focus())
    expect(pad).toHaveFocus()
    await user.keyboard('42')
    expect(screen.getByRole('status')).toHaveTextContent('2 of 6 digits entered')
  })

  it('should delete the last digit with the Delete key and do nothing when empty', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<PinPad onValueChange={onValueChange} />)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onValueChange).not.toHaveBeenCalled()
    await pressDigits(user, '97')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onValueChange).toHaveBeenLastCalledWith('9')
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 digits entered')
  })

  it('should call onComplete once with the PIN on the last digit and refuse more digits', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const onValueChange = vi.fn()
    const { container } = render(<PinPad onComplete={onComplete} onValueChange={onValueChange} />)
    await pressDigits(user, PIN)
    expect(onComplete.mock.calls).toEqual([[PIN]])
    await pressDigits(user, '1')
    // Six digits, then '' once the PIN was handed over (the pad keeps no copy of it).
    expect(onValueChange).toHaveBeenCalledTimes(7)
    expect(onValueChange).toHaveBeenLastCalledWith('')
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'complete')
    expect(screen.getByRole('status')).toHaveTextContent('6 of 6 digits entered')
    await expectNoAxeViolations(container)
  })

  it('should not write a digit of the PIN to the DOM while masked', async () => {
    const user = userEvent.setup()
    const { container } = render(<PinPad allowReveal />)
    await pressDigits(user, PIN)
    expect(container.textContent).not.toContain(PIN)
    expect(container.querySelector('[data-ibex-pinpad-display]')?.textContent).toBe('')
    expect(container.querySelector('[data-ibex-pinpad-display]')).toHaveAttribute(
      'aria-hidden',
      'true',
    )
    for (const value of allAttributeValues(container)) expect(value).not.toContain(PIN.slice(0, 3))
    expect(screen.getByRole('status').textContent).toBe('6 of 6 digits entered')
    expect(screen.getByRole('alert').textContent).toBe('')
  })
})

describe('given a controlled PinPad', () => {
  function ControlledPinPad({ onComplete }: { onComplete?: (pin: string) => void }) {
    const [pin, setPin] = useState('')
    return (
      <>
        <PinPad value={pin} onValueChange={setPin} onComplete={onComplete} />
        <button type="button" onClick={() => setPin('')}>
          Clear
        </button>
        <span data-testid="length">{pin.length}</span>
      </>
    )
  }

  it('should show the value held by its parent and report every change', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    render(<ControlledPinPad onComplete={onComplete} />)
    await pressDigits(user, '9753')
    expect(screen.getByTestId('length')).toHaveTextContent('4')
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.getByRole('status')).toHaveTextContent('0 of 6 digits entered')
    await pressDigits(user, PIN)
    expect(onComplete).toHaveBeenCalledWith(PIN)
  })

  it('should not change on its own when the parent keeps the value', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<PinPad value="12" onValueChange={onValueChange} />)
    expect(screen.getByRole('status')).toHaveTextContent('2 of 6 digits entered')
    await pressDigits(user, '3')
    expect(onValueChange).toHaveBeenCalledWith('123')
    expect(screen.getByRole('status')).toHaveTextContent('2 of 6 digits entered')
  })

  it('should warn in development when it switches to uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = render(<PinPad value="12" />)
    rerender(<PinPad value={undefined} />)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PinPad is changing from controlled'))
  })
})

describe('given an uncontrolled PinPad with a defaultValue', () => {
  it('should start from it and keep its own state', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    render(<PinPad length={4} defaultValue="975" onComplete={onComplete} />)
    expect(screen.getByRole('status')).toHaveTextContent('3 of 4 digits entered')
    await pressDigits(user, '3')
    expect(onComplete).toHaveBeenCalledWith('9753')
  })
})

describe('given a PinPad length', () => {
  it('should accept 4 and 8 digits', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { unmount } = render(<PinPad length={4} onComplete={onComplete} />)
    expect(screen.getAllByText('', { selector: '[data-ibex-pinpad-slot]' })).toHaveLength(4)
    await pressDigits(user, '9753')
    expect(onComplete).toHaveBeenLastCalledWith('9753')
    unmount()
    render(<PinPad length={8} onComplete={onComplete} />)
    await pressDigits(user, '97531864')
    expect(onComplete).toHaveBeenLastCalledWith('97531864')
    expect(screen.getByRole('status')).toHaveTextContent('8 of 8 digits entered')
  })

  it('should throw an IbexValidationError outside 4 to 8 or for a fraction', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const length of [3, 9, 4.5, Number.NaN]) {
      expect(() => render(<PinPad length={length} />)).toThrow(IbexValidationError)
    }
    expect(() => render(<PinPad length={3} />)).toThrow(
      'PinPad: `length` must be a whole number from 4 to 8; received 3.',
    )
  })
})

describe('given a PinPad with a submit key', () => {
  it('should wait for Submit, then call onComplete', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<PinPad submitKey onComplete={onComplete} />)
    const submit = screen.getByRole('button', { name: 'Submit' })
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    await pressDigits(user, PIN)
    expect(onComplete).not.toHaveBeenCalled()
    expect(submit).not.toHaveAttribute('aria-disabled')
    await user.click(submit)
    expect(onComplete.mock.calls).toEqual([[PIN]])
    await expectNoAxeViolations(container)
  })

  it('should submit on Enter when the pad has focus, and press the focused key otherwise', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    render(<PinPad submitKey onComplete={onComplete} />)
    await user.tab() // Digit 1
    await user.keyboard('{Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 digits entered')
    await user.keyboard('75318')
    act(() => screen.getByRole('group').focus())
    await user.keyboard('{Enter}')
    expect(onComplete).toHaveBeenCalledWith('175318')
  })

  it('should put Submit after Delete in the tab order', async () => {
    const user = userEvent.setup()
    render(<PinPad submitKey />)
    for (let step = 0; step < 11; step++) await user.tab()
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Submit' })).toHaveFocus()
  })
})

describe('given a PinPad in confirm mode', () => {
  it('should ask for the PIN again and call onComplete only when both entries match', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<PinPad confirm onComplete={onComplete} />)
    await pressDigits(user, PIN)
    expect(onComplete).not.toHaveBeenCalled()
    const group = screen.getByRole('group', { name: 'Confirm PIN' })
    expect(group).toHaveAttribute('data-step', 'confirm')
    expect(screen.getByRole('status')).toHaveTextContent('Enter the same PIN again to confirm it.')
    expect(container.textContent).not.toContain(PIN)
    await expectNoAxeViolations(container)
    await pressDigits(user, PIN)
    expect(onComplete.mock.calls).toEqual([[PIN]])
  })

  it('should announce a mismatch, start over, and clear the error on the next digit', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const onValueChange = vi.fn()
    const { container } = render(
      <PinPad confirm onComplete={onComplete} onValueChange={onValueChange} />,
    )
    await pressDigits(user, PIN)
    await pressDigits(user, '975310')
    expect(onComplete).not.toHaveBeenCalled()
    expect(onValueChange).toHaveBeenLastCalledWith('')
    const group = screen.getByRole('group', { name: 'PIN' })
    expect(group).toHaveAttribute('data-step', 'enter')
    expect(group).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAccessibleDescription('The PINs do not match. Please start again.')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The PINs do not match. Please start again.',
    )
    await expectNoAxeViolations(container)

    await pressDigits(user, '1')
    expect(screen.getByRole('alert')).toHaveTextContent('')
    expect(group).not.toHaveAttribute('aria-invalid')
    await pressDigits(user, '23456')
    await pressDigits(user, '123456')
    expect(onComplete.mock.calls).toEqual([['123456']])
  })
})

describe('given a shuffled PinPad', () => {
  it('should show each of the ten digits once and keep Delete and Submit last', () => {
    render(<PinPad shuffle submitKey />)
    expect([...keyOrder()].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    const keys = within(screen.getByRole('group')).getAllByRole('button')
    expect(keys.slice(-2).map((key) => key.getAttribute('data-ibex-pinpad-key'))).toEqual([
      'delete',
      'submit',
    ])
  })

  it('should keep its order while typing and re-rendering', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<PinPad shuffle shuffleKey={1} />)
    const order = keyOrder()
    await pressDigits(user, '97')
    rerender(<PinPad shuffle shuffleKey={1} error="Incorrect PIN." />)
    expect(keyOrder()).toEqual(order)
  })

  it('should re-shuffle when shuffleKey changes', () => {
    const { rerender } = render(<PinPad shuffle shuffleKey={0} />)
    const orders = new Set([keyOrder().join('')])
    for (let attempt = 1; attempt <= 3; attempt++) {
      rerender(<PinPad shuffle shuffleKey={attempt} />)
      orders.add(keyOrder().join(''))
    }
    // Four uniform draws among 10! orders: all equal with probability ~1e-19.
    expect(orders.size).toBeGreaterThan(1)
    expect([...keyOrder()].sort().join('')).toBe('0123456789')
  })

  it('should render the phone order on the server, so hydration cannot mismatch', () => {
    const html = renderToString(<PinPad shuffle />)
    const labels = [...html.matchAll(/aria-label="Digit (\d)"/g)].map((match) => match[1])
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'])
  })
})

describe('given a PinPad that allows reveal', () => {
  it('should show the digits only while the toggle is pressed', async () => {
    const user = userEvent.setup()
    const { container } = render(<PinPad allowReveal />)
    const toggle = screen.getByRole('button', { name: 'Show PIN' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await pressDigits(user, '975')
    const display = container.querySelector('[data-ibex-pinpad-display]')
    expect(display?.textContent).toBe('')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(display?.textContent).toBe('975')
    expect(display).not.toHaveAttribute('aria-hidden')
    await expectNoAxeViolations(container)
    await user.click(toggle)
    expect(display?.textContent).toBe('')
  })

  it('should offer no toggle without allowReveal', () => {
    render(<PinPad />)
    expect(screen.queryByRole('button', { name: 'Show PIN' })).toBeNull()
  })
})

describe('given a disabled PinPad', () => {
  it('should disable every key and refuse input from keys and keyboard', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { container } = render(<PinPad disabled allowReveal onValueChange={onValueChange} />)
    for (const key of within(screen.getByRole('group')).getAllByRole('button')) {
      expect(key).toBeDisabled()
    }
    await pressDigits(user, '97')
    act(() => screen.getByRole('group').focus())
    await user.keyboard('97')
    expect(onValueChange).not.toHaveBeenCalled()
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'disabled')
    await expectNoAxeViolations(container)
  })
})

describe('given a pending PinPad', () => {
  it('should keep keys focusable but aria-disabled, refuse input and announce the wait', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const onComplete = vi.fn()
    const { container } = render(
      <PinPad
        pending
        submitKey
        defaultValue={PIN}
        onValueChange={onValueChange}
        onComplete={onComplete}
      />,
    )
    const group = screen.getByRole('group')
    // aria-busy would make screen readers hold back the pending announcement.
    expect(group).not.toHaveAttribute('aria-busy')
    expect(group).toHaveAttribute('data-state', 'pending')
    expect(group).toHaveAttribute('data-pending')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Digit 1' })).toHaveFocus()
    for (const key of within(group).getAllByRole('button')) {
      expect(key).toBeEnabled()
      expect(key).toHaveAttribute('aria-disabled', 'true')
    }
    await user.keyboard('{Enter}4{Backspace}')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    expect(onValueChange).not.toHaveBeenCalled()
    expect(onComplete).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Checking the PIN…')
    await expectNoAxeViolations(container)
  })
})

describe('given a PinPad with an error', () => {
  it('should show, describe and assertively announce a string error', async () => {
    const { container } = render(
      <PinPad error="Wrong PIN, 2 attempts left." aria-describedby="hint" />,
    )
    const group = screen.getByRole('group', { name: 'PIN' })
    expect(group).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAttribute('data-state', 'error')
    expect(group.getAttribute('aria-describedby')?.split(' ')[0]).toBe('hint')
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong PIN, 2 attempts left.')
    expect(container.querySelector('[data-ibex-pinpad-error]')).toHaveTextContent(
      'Wrong PIN, 2 attempts left.',
    )
    await expectNoAxeViolations(container)
  })

  it('should use the default message for error={true} and clear it when error goes away', () => {
    const { rerender } = render(<PinPad error />)
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Incorrect PIN.')
    expect(screen.getByRole('alert')).toHaveTextContent('Incorrect PIN.')
    rerender(<PinPad error={false} />)
    expect(screen.getByRole('alert')).toHaveTextContent('')
    expect(screen.getByRole('group')).not.toHaveAttribute('aria-invalid')
  })
})

describe('given a French PinPad', () => {
  it('should name the pad, keys and progress in French', async () => {
    const user = userEvent.setup()
    const { container } = render(<PinPad locale="fr" allowReveal submitKey />)
    expect(screen.getByRole('group', { name: 'Code PIN' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Chiffre 9' }))
    await user.click(screen.getByRole('button', { name: 'Chiffre 7' }))
    expect(screen.getByRole('button', { name: 'Effacer' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Valider' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Afficher le code PIN' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Chiffres saisis : 2 sur 6')
    await expectNoAxeViolations(container)
  })

  it('should let the app override single strings and the label', () => {
    render(
      <PinPad
        locale="fr"
        label="Code secret"
        messages={{ digitsEntered: '{count}/{length}', delete: undefined }}
      />,
    )
    expect(screen.getByRole('group', { name: 'Code secret' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('0/6')
    expect(screen.getByRole('button', { name: 'Effacer' })).toBeInTheDocument()
  })
})

describe('given app props on a PinPad', () => {
  it('should add className to the root and let onKeyDown veto the built-in keyboard', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <PinPad
        className="my-pad"
        onValueChange={onValueChange}
        onKeyDown={(event) => {
          if (event.key === '0') event.preventDefault()
        }}
      />,
    )
    const group = screen.getByRole('group')
    expect(group).toHaveClass('ibex-root', 'ibex-pinpad', 'my-pad')
    expect(group).toHaveAttribute('data-ibex-pinpad')
    await user.tab()
    await user.keyboard('01')
    expect(onValueChange.mock.calls).toEqual([['1']])
  })
})
