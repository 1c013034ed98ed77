'use client'
import { useState } from 'react'
import { emailSigningBackups } from '../../../core/email/emailSigningBackups.ts'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import type {
  OperationSignerInput,
  OperationWalletSigner,
} from '../../../core/operations/OperationSignerInput.ts'
import { useIbexClient } from '../../../react/hooks/useIbexClient.ts'
import { useRequestSigningCode } from '../../../react/hooks/useRequestSigningCode.ts'
import { useSession } from '../../../react/hooks/useSession.ts'
import type { WalletCommonMessages } from '../messages/wallet/WalletMessages.ts'
import { walletErrorFeedback, type WalletErrorField } from '../walletErrorFeedback.ts'

/**
 * What the form asks before the operation runs: the PIN pad, the passphrase, or the emailed
 * code and the passphrase (an email user whose encrypted key is not in memory yet).
 */
export type SigningStep = 'pin' | 'passphrase' | 'email-code'

/** Fields whose errors show inside the signing step rather than above the button. */
const SIGNING_FIELDS: ReadonlySet<WalletErrorField> = new Set(['pin', 'passphrase', 'code'])

/**
 * Whether an error's field belongs to the signing step.
 *
 * @example
 * if (isSigningField(feedback.field)) showInPrompt(feedback)
 */
export function isSigningField(field: WalletErrorField): boolean {
  return SIGNING_FIELDS.has(field)
}

/** Callbacks of one run, as the form's mutation takes them. */
export type SigningCallbacks<data> = {
  onSuccess: (data: data) => void
  onError: (error: IbexError) => void
}

/** Parameters of {@link useOperationSigning}. */
export type UseOperationSigningParameters<data> = {
  /** Runs the operation with the signer's inputs (the form adds its own variables). */
  mutate: (inputs: OperationSignerInput, callbacks: SigningCallbacks<data>) => void
  /** EIP-7702 users: the connected wallet; without it the form says a wallet is needed. */
  signer: OperationWalletSigner | undefined
  messages: WalletCommonMessages
  onSuccess: ((data: data) => void) | undefined
  onError: ((error: IbexError) => void) | undefined
}

/** Return type of {@link useOperationSigning}. */
export type UseOperationSigningReturnType = {
  /** The step on screen, `null` when none (passkey and wallet users sign in their own prompt). */
  step: SigningStep | null
  /** EIP-7702 user with no wallet given: the form cannot sign and says so up front. */
  walletMissing: boolean
  /** Opens the session's signing step, or runs at once when the signer has its own prompt. */
  start: () => void
  /** Runs with the secret typed in the step (and the emailed code in `email-code`). */
  submit: (secret: string, emailCode?: string) => void
  /** Closes the step (the form cancels its run). */
  close: () => void
  /** The emailed code of `email-code`: being sent, its error, and a resend. */
  code: { sending: boolean; error: IbexError | null; resend: () => void }
}

/**
 * The signing step shared by the wallet forms: which secret the session's sign-in method needs
 * (passkey: none, the browser prompts; PIN: the pad; email: the passphrase, plus once per
 * page session the code it emails; EIP-7702: the app's wallet `signer`), asked at each run and
 * never kept. Errors of the step's own inputs keep it open for another try; others close it.
 *
 * @example
 * const signing = useOperationSigning({ mutate: (inputs, callbacks) => transfer.mutate({ ...variables, ...inputs }, callbacks), signer, messages, onSuccess, onError })
 * <button type="submit" onClick={signing.start}>Send</button>
 */
export function useOperationSigning<data>(
  parameters: UseOperationSigningParameters<data>,
): UseOperationSigningReturnType {
  const { mutate, signer, messages, onSuccess, onError } = parameters
  const { user } = useSession()
  const client = useIbexClient()
  const [step, setStep] = useState<SigningStep | null>(null)
  const requestCode = useRequestSigningCode()
  const method = user?.authMethod.toUpperCase()
  const wallet = method?.startsWith('EOA') === true

  function askForCode() {
    setStep('email-code')
    requestCode.mutate()
  }

  function run(inputs: OperationSignerInput) {
    mutate(inputs, {
      onSuccess: (data) => {
        setStep(null)
        onSuccess?.(data)
      },
      onError: (failure) => {
        // The key backup left memory (another tab signed out and in): a code unlocks it again.
        if (failure.code === 'validation/code-missing' && step !== 'email-code') return askForCode()
        const feedback = walletErrorFeedback(failure.code, messages)
        if (feedback && !isSigningField(feedback.field)) setStep(null)
        if (feedback) onError?.(failure)
      },
    })
  }

  function start() {
    if (method === 'PIN_KDF') setStep('pin')
    else if (method === 'EMAIL') {
      const unlocked = user && emailSigningBackups.get(client, user.externalUserId)
      if (unlocked) setStep('passphrase')
      else askForCode()
    } else if (wallet) {
      if (signer) run({ signer })
    } else run({})
  }

  return {
    step,
    walletMissing: wallet && !signer,
    start,
    submit: (secret, emailCode) =>
      run(step === 'pin' ? { pin: secret } : { passphrase: secret, emailCode }),
    close: () => setStep(null),
    code: {
      sending: requestCode.isPending,
      error: requestCode.error,
      resend: () => requestCode.mutate(),
    },
  }
}
