'use client'
import type { ReactNode } from 'react'
import { joinTokens } from '../joinTokens.ts'
import { Spinner } from '../Spinner.tsx'

/** Props of {@link SubmitButton}. */
export interface SubmitButtonProps {
  className: string
  pending: boolean
  done: boolean
  /** Refused (not disabled, so it stays focusable and announced). */
  refused: boolean
  /** The label before and while running. */
  label: string
  /** The label once done ("New transfer"). */
  againLabel: string
}

/**
 * The submit button of the wallet forms: keeps its name while busy (a spinner beside it),
 * `aria-disabled` rather than `disabled` when it cannot run, and offers a new run when done.
 *
 * @example
 * <SubmitButton className={part('submit')} pending={pending} done={done} refused={!ready} label="Send" againLabel="New transfer" />
 */
export function SubmitButton(props: SubmitButtonProps): ReactNode {
  const { className, pending, done, refused, label, againLabel } = props
  return (
    <button
      type="submit"
      className={joinTokens('ibex-button', className)}
      data-part="submit"
      data-variant="primary"
      data-state={pending ? 'pending' : done ? 'success' : undefined}
      aria-busy={pending || undefined}
      aria-disabled={refused || undefined}
    >
      {pending ? <Spinner /> : null}
      {done ? againLabel : label}
    </button>
  )
}
