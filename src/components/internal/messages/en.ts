import type { IbexMessages } from './IbexMessages.ts'

/** English strings of every component. */
export const en: IbexMessages = {
  pinPad: {
    label: 'PIN',
    confirmLabel: 'Confirm PIN',
    digit: 'Digit {digit}',
    delete: 'Delete',
    submit: 'Submit',
    reveal: 'Show PIN',
    digitsEntered: '{count} of {length} digits entered',
    confirmPrompt: 'Enter the same PIN again to confirm it.',
    mismatch: 'The PINs do not match. Please start again.',
    error: 'Incorrect PIN.',
    pending: 'Checking the PIN…',
  },
  otpInput: {
    label: 'Verification code',
    error: 'Incorrect code.',
  },
  passkeyButton: {
    signUp: 'Create a passkey',
    signIn: 'Sign in with a passkey',
    signUpPending: 'Creating your passkey…',
    signInPending: 'Waiting for your passkey…',
    signUpSuccess: 'Your passkey was created.',
    signInSuccess: 'You are signed in.',
    error: 'The passkey did not work. Please try again.',
    cancelled: 'The passkey request was cancelled.',
    unsupported: 'This browser does not support passkeys.',
  },
}
