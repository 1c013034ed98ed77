import { useState, type ReactNode } from 'react'

/** Props of {@link ControlledValue}. */
export interface ControlledValueProps {
  /** Also told of every change: pass the story's `fn()` arg so the Actions panel shows it. */
  onValueChange?: ((value: string) => void) | undefined
  /** Renders the controlled component from the value and its setter. */
  children: (value: string, onValueChange: (value: string) => void) => ReactNode
}

/**
 * Holds a code for a controlled component in a story, shows it, and clears it from outside the
 * component, as an app would after a failed attempt.
 *
 * @example
 * render: (args) => (
 *   <ControlledValue onValueChange={args.onValueChange}>
 *     {(value, onValueChange) => <OtpInput {...args} value={value} onValueChange={onValueChange} />}
 *   </ControlledValue>
 * )
 */
export function ControlledValue({ onValueChange, children }: ControlledValueProps): ReactNode {
  const [value, setValue] = useState('')
  function change(next: string) {
    setValue(next)
    onValueChange?.(next)
  }
  return (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}>
      {children(value, change)}
      {/* A demo of the controlled value: a real app never shows a PIN, nor announces it. */}
      <p data-testid="controlled-value" style={{ margin: 0 }}>
        Value: {value === '' ? '(empty)' : value}
      </p>
      <button type="button" onClick={() => setValue('')}>
        Clear from outside
      </button>
    </div>
  )
}
