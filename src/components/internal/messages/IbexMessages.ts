import type { ibexCatalogues } from './ibexCatalogues.ts'
import type { ibexLocales } from './ibexLocales.ts'

/** Languages whose strings ship with the components: `'en' | 'fr' | 'de' | 'es' | 'it'`. */
export type IbexLocale = (typeof ibexLocales)[number]

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
  /**
   * Shown while `retryAt` is ahead (too many wrong PINs), counting down; `{seconds}`. Announced
   * once, assertively, when the wait starts, not at every second.
   */
  throttled: string
  /** Polite announcement when the wait of `retryAt` is over. */
  retryReady: string
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
  /** Label of the button once the passkey is created (next to a check mark). */
  signUpDone: string
  /** Label of the button once signed in (next to a check mark). */
  signInDone: string
  /** Sign-up on a device that already holds a passkey for this account (`webauthn/credential-excluded`). */
  alreadyRegistered: string
  /** Announced when the ceremony failed for any other reason. */
  error: string
  /** Announced when the user closed the prompt (`webauthn/cancelled`, `webauthn/not-allowed`). */
  cancelled: string
  /** Announced when the browser has no passkey support (`webauthn/unsupported`). */
  unsupported: string
}

/**
 * Strings of `WalletButton` (`ibex-react/wagmi`); announcements go to its live regions.
 * `{wallet}` is a connector's name.
 */
export interface WalletButtonMessages {
  /** Text of the sign-up button (a wallet is connected, or there is one connector). */
  signUp: string
  /** Text of the sign-in button (a wallet is connected, or there is one connector). */
  signIn: string
  /** Text of a connector's button in the wallet list, sign-up mode; `{wallet}`. */
  signUpWith: string
  /** Text of a connector's button in the wallet list, sign-in mode; `{wallet}`. */
  signInWith: string
  /** Accessible name of the wallet list (several connectors, none connected). */
  chooseWallet: string
  /** Announced while the wallet is asked to connect and sign. */
  pending: string
  /** Announced when the account was created. */
  signUpSuccess: string
  /** Announced when the user is signed in. */
  signInSuccess: string
  /** The user declined in the wallet (`wallet/rejected`). */
  rejected: string
  /** No wallet connection (`wallet/not-connected`). */
  notConnected: string
  /** The app's wagmi config has no connector at all. */
  noWallet: string
  /** The wallet is on another chain and did not switch (`wallet/wrong-chain`). */
  wrongChain: string
  /** The wallet signed with another account (`wallet/address-mismatch`). */
  addressMismatch: string
  /** The wallet cannot do what was asked (`wallet/unsupported`). */
  unsupported: string
  /** Sign-up with a wallet that already has an account (`http/conflict`). */
  accountExists: string
  /** Sign-in with a wallet that has no account (`http/not-found`). */
  accountUnknown: string
  /** Any other failure. */
  error: string
}

/**
 * Strings of `EmailOtpForm` and its steps (`EmailAddressStep`, `EmailCodeStep`,
 * `EmailPassphraseStep`). `{name}` placeholders are filled in by the component.
 *
 * @example
 * <EmailOtpForm messages={{ emailSubmit: 'Email me a code' } satisfies Partial<EmailOtpFormMessages>} />
 */
export interface EmailOtpFormMessages {
  /** Accessible name of the form in `sign-up` mode. */
  signUpTitle: string
  /** Accessible name of the form in `sign-in` mode. */
  signInTitle: string
  /** Label of the email input. */
  emailLabel: string
  /** Text of the button that asks for a code. */
  emailSubmit: string
  /** Shown on that button and announced while the code is being sent. */
  emailPending: string
  /** A returning user's remembered address; `{email}` is masked (`a***@example.com`). */
  rememberedEmail: string
  /** A returning user whose address is not remembered. */
  rememberedAccount: string
  /** Button that forgets the remembered address and shows the email input. */
  useAnotherEmail: string
  /** Label of the code input. */
  codeLabel: string
  /** Where the code went; `{email}` is masked. */
  codeSent: string
  /** Where the code went, when the address is not known. */
  codeSentNoHint: string
  /** Completes the announcement of a sent code; `{seconds}`. */
  codeValidFor: string
  /** Visible countdown (never announced); `{time}` as m:ss. */
  codeExpiresIn: string
  /** Shown, and announced once, when the countdown reaches zero. */
  codeExpired: string
  /** Announced while the code is checked. */
  codePending: string
  /** Button that asks for a new code (enabled once the code has expired). */
  resend: string
  /** Shown on that button while the new code is being sent. */
  resendPending: string
  /** When IBEx asked to wait before a new code; `{seconds}`. */
  resendIn: string
  /** Button that goes back to the email step. */
  changeEmail: string
  /** Label of the passphrase input. */
  passphraseLabel: string
  /** Label of the confirmation input (sign-up). */
  confirmLabel: string
  /** Help under the passphrase at sign-up. */
  passphraseIntroSignUp: string
  /** Help under the passphrase at sign-in. */
  passphraseIntroSignIn: string
  /** Accessible name of the strength meter. */
  strengthLabel: string
  /** Strength names, score 0 to 4. */
  strength0: string
  strength1: string
  strength2: string
  strength3: string
  strength4: string
  /** Text of the meter, tied to the passphrase input; `{strength}`, `{hint}`. */
  strengthText: string
  /** Advice of the strength meter (`passphraseStrength` hints); `{minLength}`. */
  hintTooShort: string
  hintCommon: string
  hintRepeated: string
  hintSequence: string
  hintAddVariety: string
  hintAddLength: string
  hintStrong: string
  /** Submit button of the passphrase step at sign-up. */
  submitSignUp: string
  /** Submit button of the passphrase step at sign-in. */
  submitSignIn: string
  /** Shown and announced while the key is made and encrypted (sign-up). */
  passphrasePendingSignUp: string
  /** Shown and announced while the backup is opened (sign-in). */
  passphrasePendingSignIn: string
  /** Shown (and focused) once signed up. */
  signUpSuccess: string
  /** Shown (and focused) once signed in. */
  signInSuccess: string
  /** `validation/email-invalid`. */
  errorEmailInvalid: string
  /** Sign-up with an address that already has an account (`http/conflict`). */
  errorEmailTaken: string
  /** Sign-in with an unknown address (`http/not-found`). */
  errorEmailUnknown: string
  /** Sign-in with no address and no remembered user (`validation/user-unknown`). */
  errorUserUnknown: string
  /** A code was asked for too soon (`http/rate-limited`); `{seconds}`. */
  errorRateLimited: string
  /** `validation/code-malformed`; `{length}`. */
  errorCodeMalformed: string
  /** `validation/code-wrong`. */
  errorCodeWrong: string
  /** `validation/code-expired`. */
  errorCodeExpired: string
  /** `validation/code-used`. */
  errorCodeUsed: string
  /** The attempt is over (`validation/email-flow-expired`, `-missing`): back to the email step. */
  errorFlowExpired: string
  /** `validation/passphrase-missing`. */
  errorPassphraseMissing: string
  /** `validation/passphrase-too-short`; `{minLength}`. */
  errorPassphraseTooShort: string
  /** `validation/passphrase-too-long`. */
  errorPassphraseTooLong: string
  /** The confirmation differs (sign-up, checked before anything runs). */
  errorPassphraseMismatch: string
  /** `validation/passphrase-wrong` (sign-in; nothing was sent). */
  errorPassphraseWrong: string
  /** `network/failed`, `network/timeout`. */
  errorNetwork: string
  /** Any other failure. */
  errorGeneric: string
}

/**
 * Every string of `ibex-react/components`, one namespace per component (see `ibexCatalogues`).
 *
 * @example
 * const title: IbexMessages['signIn']['title'] = 'Welcome back'
 */
export type IbexMessages = {
  [Namespace in keyof typeof ibexCatalogues]: (typeof ibexCatalogues)[Namespace]['en']
}

/**
 * The strings of one component in every shipped language.
 *
 * @example
 * const pinPadMessages: IbexCatalogue<PinPadMessages> = { en: { … }, fr: { … }, de: { … }, es: { … }, it: { … } }
 */
export type IbexCatalogue<T> = Record<IbexLocale, T>
