'use client'
import type { ReactNode } from 'react'

/**
 * The error line under a wallet form's field (what happened and what to do), referenced by the
 * field's `aria-describedby`. Nothing without text.
 *
 * @example
 * <FieldError id={`${id}-amount-error`} className={part('fieldError')} text={amountError} />
 */
export function FieldError(props: {
  id: string
  className: string
  text: string | undefined
}): ReactNode {
  const { id, className, text } = props
  if (!text) return null
  return (
    <p id={id} className={className} data-part="field-error">
      {text}
    </p>
  )
}
