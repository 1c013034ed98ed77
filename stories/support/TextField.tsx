import { useId, type ReactNode } from 'react'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  /** The visible label, also the input's accessible name. */
  label: string
  value: string
  onValueChange: (value: string) => void
  /** `decimal` for amounts (a numeric keyboard with a separator on phones). */
  inputMode?: 'text' | 'decimal' | undefined
  placeholder?: string | undefined
}

/**
 * A labelled text input of the wallet flow stories (a recipient, an amount): the label above,
 * no autocomplete or spell-check, as fields of addresses and amounts want.
 *
 * @example
 * <TextField label="Amount" inputMode="decimal" value={amount} onValueChange={setAmount} />
 */
export function TextField({
  label,
  value,
  onValueChange,
  inputMode = 'text',
  placeholder,
}: TextFieldProps): ReactNode {
  const id = useId()
  return (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  )
}
