import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

/** Props of {@link TextField}: its label, plus the input's own attributes. */
export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { label: string }

/**
 * A labelled text input in the demo's style (label above, full width).
 *
 * @example
 * <TextField label="Amount" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
 */
export function TextField({ label, type = 'text', ...input }: TextFieldProps): ReactNode {
  const id = useId()
  return (
    <div className="demo-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} autoComplete="off" spellCheck={false} {...input} />
    </div>
  )
}
