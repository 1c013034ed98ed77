import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { OtpInput } from '../../../src/components/OtpInput/OtpInput.tsx'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'

function slotTexts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-ibex-otp-slot]')].map(
    (slot) => slot.textContent ?? '',
  )
}

describe('given a default OtpInput', () => {
  it('should render one labelled input that platform autofill and password managers target', async () => {
    const { container } = render(<OtpInput />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(container.querySelectorAll('input')).toHaveLength(1)
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(input).toHaveAttribute('pattern', '\\d*')
    expect(input).toHaveAttribute('maxlength', '6')
    expect(input).toHaveAttribute('spellcheck', 'false')
    expect(input).toHaveAttribute('type', 'text')
    const slots = container.querySelector('[data-ibex-otp-slots]')
    expect(slots).toHaveAttribute('aria-hidden', 'true')
    expect(slotTexts(container)).toHaveLength(6)
    expect(container.querySelector('[data-ibex-otp]')).toHaveAttribute('data-state', 'idle')
    await expectNoAxeViolations(container)
  })

  it('should keep only digits as the user types and draw them in the slots', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { container } = render(<OtpInput onValueChange={onValueChange} />)
    const input = screen.getByRole('textbox')
    await user.type(input, '1a2 3')
    expect(input).toHaveValue('123')
    expect(onValueChange.mock.calls).toEqual([['1'], ['12'], ['123']])
    expect(slotTexts(container)).toEqual(['1', '2', '3', '', '', ''])
    expect(container.querySelector('[data-ibex-otp-slot][data-active]')).toBe(
      container.querySelectorAll('[data-ibex-otp-slot]')[3],
    )
    expect(container.querySelector('[data-ibex-otp-caret]')).not.toBeNull()
    await expectNoAxeViolations(container)
  })

  it('should delete with Backspace', async () => {
    const user = userEvent.setup()
    render(<OtpInput defaultValue="1234" />)
    const input = screen.getByRole('textbox')
    await user.type(input, '{Backspace}{Backspace}')
    expect(input).toHaveValue('12')
  })

  it('should call onComplete once with the code when the last digit is typed', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<OtpInput onComplete={onComplete} />)
    const input = screen.getByRole('textbox')
    await user.type(input, '1234567')
    expect(input).toHaveValue('123456')
    expect(onComplete.mock.calls).toEqual([['123456']])
    expect(container.querySelector('[data-ibex-otp]')).toHaveAttribute('data-state', 'complete')
    await expectNoAxeViolations(container)
  })

  it.each([
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' Your code: 654 321 \n', '654321'],
    ['12345678', '123456'],
  ])('should sanitise a pasted code %j to %j and complete', async (pasted, expected) => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    render(<OtpInput onComplete={onComplete} />)
    const input = screen.getByRole('textbox')
    await user.click(input)
    await user.paste(pasted)
    expect(input).toHaveValue(expected)
    expect(onComplete).toHaveBeenCalledWith(expected)
  })

  it('should replace a partial entry with a whole pasted code', async () => {
    const user = userEvent.setup()
    render(<OtpInput defaultValue="99" />)
    const input = screen.getByRole('textbox')
    await user.click(input)
    await user.paste('123 456')
    expect(input).toHaveValue('123456')
  })

  it('should insert a pasted fragment at the caret and ignore a paste without digits', async () => {
    const user = userEvent.setup()
    render(<OtpInput defaultValue="12" />)
    const input = screen.getByRole<HTMLInputElement>('textbox')
    await user.click(input)
    input.setSelectionRange(2, 2)
    await user.paste('3-4')
    expect(input).toHaveValue('1234')
    await user.paste('no digits')
    expect(input).toHaveValue('1234')
  })
})

describe('given a controlled OtpInput', () => {
  function ControlledOtpInput({ onComplete }: { onComplete: (code: string) => void }) {
    const [code, setCode] = useState('')
    return (
      <>
        <OtpInput value={code} onValueChange={setCode} onComplete={onComplete} />
        <button type="button" onClick={() => setCode('')}>
          Resend
        </button>
      </>
    )
  }

  it('should show the value held by its parent and complete from it', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    render(<ControlledOtpInput onComplete={onComplete} />)
    const input = screen.getByRole('textbox')
    await user.type(input, '123')
    await user.click(screen.getByRole('button', { name: 'Resend' }))
    expect(input).toHaveValue('')
    await user.type(input, '654321')
    expect(onComplete.mock.calls).toEqual([['654321']])
  })

  it('should not change on its own when the parent keeps the value', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<OtpInput value="12" onValueChange={onValueChange} />)
    const input = screen.getByRole('textbox')
    await user.type(input, '3')
    expect(onValueChange).toHaveBeenCalledWith('123')
    expect(input).toHaveValue('12')
  })
})

describe('given a disabled OtpInput', () => {
  it('should refuse typing and paste', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { container } = render(<OtpInput disabled onValueChange={onValueChange} />)
    const input = screen.getByRole('textbox')
    expect(input).toBeDisabled()
    await user.type(input, '12')
    await user.paste('123456')
    expect(onValueChange).not.toHaveBeenCalled()
    expect(container.querySelector('[data-ibex-otp]')).toHaveAttribute('data-state', 'disabled')
    await expectNoAxeViolations(container)
  })
})

describe('given an OtpInput with an error', () => {
  it('should mark the input invalid, describe it and announce the error', async () => {
    const { container } = render(<OtpInput defaultValue="123456" error="This code has expired." />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('This code has expired.')
    expect(screen.getByRole('alert')).toHaveTextContent('This code has expired.')
    expect(container.querySelector('[data-ibex-otp]')).toHaveAttribute('data-state', 'error')
    await expectNoAxeViolations(container)
  })

  it('should use the default message for error={true}', () => {
    render(<OtpInput error />)
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Incorrect code.')
    expect(screen.getByRole('alert')).toHaveTextContent('Incorrect code.')
  })
})

describe('given an OtpInput length', () => {
  it('should accept 4 to 8 digits', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<OtpInput length={8} onComplete={onComplete} />)
    expect(screen.getByRole('textbox')).toHaveAttribute('maxlength', '8')
    expect(slotTexts(container)).toHaveLength(8)
    await user.type(screen.getByRole('textbox'), '12345678')
    expect(onComplete).toHaveBeenCalledWith('12345678')
  })

  it('should throw an IbexValidationError outside 4 to 8', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<OtpInput length={3} />)).toThrow(IbexValidationError)
    expect(() => render(<OtpInput length={9} />)).toThrow(
      'OtpInput: `length` must be a whole number from 4 to 8; received 9.',
    )
  })
})

describe('given a French OtpInput', () => {
  it('should label the input and the default error in French', async () => {
    const { container } = render(<OtpInput locale="fr" error />)
    const input = screen.getByRole('textbox', { name: 'Code de vérification' })
    expect(input).toHaveAccessibleDescription('Code incorrect.')
    await expectNoAxeViolations(container)
  })
})

describe('given app props on an OtpInput', () => {
  it('should put className on the root and the other props and ref on the input', () => {
    let input: HTMLInputElement | null = null
    const { container } = render(
      <OtpInput
        className="my-otp"
        name="code"
        label="Email code"
        ref={(node) => void (input = node)}
      />,
    )
    expect(container.firstElementChild).toHaveClass('ibex-root', 'ibex-otp', 'my-otp')
    expect(input).toBe(screen.getByRole('textbox', { name: 'Email code' }))
    expect(input).toHaveAttribute('name', 'code')
  })

  it('should let onPaste veto the built-in paste handling', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<OtpInput onPaste={(event) => event.preventDefault()} onValueChange={onValueChange} />)
    await user.click(screen.getByRole('textbox'))
    await user.paste('123456')
    expect(onValueChange).not.toHaveBeenCalled()
  })
})

describe('given an OtpInput inside a French IbexProvider', () => {
  it('should take the provider locale when no locale prop is given', () => {
    render(
      <IbexProvider config={{ baseUrl: 'http://ibex.test' }} locale="fr">
        <OtpInput />
      </IbexProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'Code de vérification' })).toBeInTheDocument()
  })
})
