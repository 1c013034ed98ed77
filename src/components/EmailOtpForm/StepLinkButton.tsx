'use client'
import type { ReactNode } from 'react'

/** Props of {@link StepLinkButton}. */
export interface StepLinkButtonProps {
  /** Called on a press, unless `busy`. */
  onPress: () => void
  /** A step request runs: the press is ignored (the button stays focusable). */
  busy: boolean
  disabled: boolean
  children: ReactNode
}

/**
 * The quiet, link-styled button of a step ("Use another email", "Change the email address"):
 * a real `<button type="button">` that ignores presses while the step is busy.
 *
 * @example
 * <StepLinkButton onPress={onChangeEmail} busy={pending} disabled={disabled}>{messages.changeEmail}</StepLinkButton>
 */
export function StepLinkButton({
  onPress,
  busy,
  disabled,
  children,
}: StepLinkButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="ibex-email-step__link"
      disabled={disabled}
      onClick={() => {
        if (!busy) onPress()
      }}
    >
      {children}
    </button>
  )
}
