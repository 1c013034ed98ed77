/** Languages whose strings ship with the components. */
export type IbexLocale = 'en' | 'fr'

/**
 * Strings of `PinPad`. `{name}` placeholders are filled in by the component.
 *
 * @example
 * <PinPad messages={{ label: 'Code', digitsEntered: '{count}/{length}' } satisfies Partial<PinPadMessages>} />
 */
export interface PinPadMessages {
  /** Name of the pad (the `label` prop wins). */
  label: string
  /** Name of the pad while the PIN is typed a second time (`confirm` mode). */
  confirmLabel: string
  /** Name of a digit key; `{digit}`. */
  digit: string
  /** Name of the delete key. */
  delete: string
  /** Text of the submit key. */
  submit: string
  /** Name of the reveal toggle (a pressed/unpressed button). */
  reveal: string
  /** Polite progress announcement; `{count}`, `{length}`. Never contains the PIN. */
  digitsEntered: string
  /** Polite announcement when the first entry is done in `confirm` mode. */
  confirmPrompt: string
  /** Assertive announcement when the two entries differ in `confirm` mode. */
  mismatch: string
  /** Shown and announced when `error` is `true` (a string `error` is shown as is). */
  error: string
  /** Polite announcement while `pending`. */
  pending: string
}

/** Strings of `OtpInput`. */
export interface OtpInputMessages {
  /** Label of the input (the `label` prop wins). */
  label: string
  /** Shown and announced when `error` is `true`. */
  error: string
}

/** Strings of `PasskeyButton` (announcements go to its live regions). */
export interface PasskeyButtonMessages {
  /** Text of the button that creates an account with a new passkey. */
  signUp: string
  /** Text of the button that signs in with an existing passkey. */
  signIn: string
  /** Announced while the browser's passkey prompt is open for sign-up. */
  signUpPending: string
  /** Announced while the browser's passkey prompt is open for sign-in. */
  signInPending: string
  /** Announced when the account was created. */
  signUpSuccess: string
  /** Announced when the user is signed in. */
  signInSuccess: string
  /** Announced when the ceremony failed for any other reason. */
  error: string
  /** Announced when the user closed the prompt (`webauthn/cancelled`, `webauthn/not-allowed`). */
  cancelled: string
  /** Announced when the browser has no passkey support (`webauthn/unsupported`). */
  unsupported: string
}

/**
 * Every string of `ibex-react/components`, one namespace per component. A new component adds
 * its `XMessages` interface here and its strings to each locale file; the compiler then lists
 * every locale that still lacks them.
 */
export interface IbexMessages {
  pinPad: PinPadMessages
  otpInput: OtpInputMessages
  passkeyButton: PasskeyButtonMessages
}
