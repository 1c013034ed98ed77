import type { ReactNode } from 'react'
import type { UseRequestSigningCodeReturnType } from '../src/exports/index.ts'
import { TextField } from './TextField.tsx'

/** What the signer of a PIN or email user needs for one operation; never stored. */
export type SignerInputs = { pin: string; passphrase: string; emailCode: string }

/**
 * The fields an operation needs besides its own, by sign-in method: nothing for passkeys (the
 * device asks), the PIN for PIN users, the passphrase and an emailed code for email users.
 *
 * @example
 * <SignerFields authMethod={user.authMethod} value={secrets} onChange={setSecrets} requestCode={requestCode} />
 */
export function SignerFields({
  authMethod,
  value,
  onChange,
  requestCode,
}: {
  authMethod: string
  value: SignerInputs
  onChange: (next: SignerInputs) => void
  requestCode: UseRequestSigningCodeReturnType
}): ReactNode {
  if (authMethod === 'PIN_KDF') {
    return (
      <TextField
        label="Your PIN"
        type="password"
        inputMode="numeric"
        required
        value={value.pin}
        onChange={(event) => onChange({ ...value, pin: event.target.value })}
      />
    )
  }
  if (authMethod === 'EMAIL') {
    return (
      <>
        <TextField
          label="Your passphrase"
          type="password"
          autoComplete="current-password"
          required
          value={value.passphrase}
          onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        />
        <div className="demo-row demo-row-end">
          <TextField
            label="Code from the email (when asked)"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={value.emailCode}
            onChange={(event) => onChange({ ...value, emailCode: event.target.value })}
          />
          <button
            type="button"
            className="demo-button demo-button-quiet"
            aria-disabled={requestCode.isPending}
            onClick={() => {
              if (!requestCode.isPending) requestCode.mutate()
            }}
          >
            Email me a code
          </button>
        </div>
        <p role="status" className="demo-muted">
          {requestCode.isSuccess
            ? 'Code sent. It unlocks your key for this visit.'
            : requestCode.error
              ? requestCode.error.shortMessage
              : ''}
        </p>
      </>
    )
  }
  if (authMethod === 'EOA_7702') {
    return (
      <p className="demo-muted">Wallet accounts sign in their wallet app (not in this demo).</p>
    )
  }
  return null
}
