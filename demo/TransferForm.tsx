import { useId, useState, type FormEvent, type ReactNode } from 'react'
import {
  flattenBalances,
  useBalances,
  useRequestSigningCode,
  useTransfer,
  type IbexSessionUser,
  type OperationMutationStage,
} from '../src/exports/index.ts'
import { SignerFields, type SignerInputs } from './SignerFields.tsx'
import { TextField } from './TextField.tsx'

// IBEx's sentinel for a chain's native coin, which transfers name `'native'`.
const NATIVE_TOKEN = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'

const stageLabels: Record<OperationMutationStage, string> = {
  idle: '',
  validating: 'Checking the transfer…',
  preparing: 'Preparing the transfer…',
  signing: 'Confirm the transfer…',
  executing: 'Sending…',
  pending: 'Sent. Waiting for the network to confirm it.',
  confirmed: 'Sent and confirmed.',
  failed: 'The transfer was not sent.',
}

const noSecrets: SignerInputs = { pin: '', passphrase: '', emailCode: '' }

/**
 * Sends a token from the user's Safe: recipient, token (from the balances on the session's
 * chain), amount, and what the signer needs (nothing for a passkey, the PIN, or the passphrase
 * and an emailed code). The stage of the run is announced as it moves; a transfer that was sent
 * is never offered again, so nothing is sent twice.
 *
 * @example
 * <TransferForm user={session.user} />
 */
export function TransferForm({ user }: { user: IbexSessionUser }): ReactNode {
  const tokenId = useId()
  const { data: rows = [] } = useBalances({ query: { select: flattenBalances } })
  const tokens = rows.filter((row) => row.chainId === user.chainId)
  const transfer = useTransfer()
  const requestCode = useRequestSigningCode()
  const [to, setTo] = useState('')
  const [chosenToken, setChosenToken] = useState('')
  const [amount, setAmount] = useState('')
  const [secrets, setSecrets] = useState<SignerInputs>(noSecrets)
  const selected = tokens.find((row) => row.token.address === chosenToken) ?? tokens[0]
  const busy = transfer.isPending

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy || !selected) return
    const signer =
      user.authMethod === 'PIN_KDF'
        ? { pin: secrets.pin }
        : user.authMethod === 'EMAIL'
          ? { passphrase: secrets.passphrase, emailCode: secrets.emailCode || undefined }
          : {}
    transfer.mutate({
      token:
        selected.token.address.toLowerCase() === NATIVE_TOKEN ? 'native' : selected.token.address,
      to: to.trim(),
      amount: amount.trim(),
      chainId: user.chainId,
      ...signer,
    })
    // The secrets go to this one run only.
    setSecrets(noSecrets)
  }

  const sent = transfer.data?.operation
  return (
    <section className="demo-card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Send</h2>
      <form className="demo-stack" onSubmit={onSubmit} aria-describedby="transfer-stage">
        <TextField
          label="Recipient"
          placeholder="0x…"
          required
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <div className="demo-row">
          <div className="demo-field">
            <label htmlFor={tokenId}>Token</label>
            <select
              id={tokenId}
              value={selected?.token.address ?? ''}
              onChange={(event) => setChosenToken(event.target.value)}
            >
              {tokens.map((row) => (
                <option key={row.token.address} value={row.token.address}>
                  {row.token.symbol} ({row.balance})
                </option>
              ))}
            </select>
          </div>
          <TextField
            label="Amount"
            inputMode="decimal"
            required
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        </div>
        <SignerFields
          authMethod={user.authMethod}
          value={secrets}
          onChange={setSecrets}
          requestCode={requestCode}
        />
        <button type="submit" className="demo-button" aria-disabled={busy || !selected}>
          Send
        </button>
        <p
          id="transfer-stage"
          role="status"
          className="demo-stage"
          data-stage={transfer.stage}
          data-submitted-at={transfer.submittedAt || undefined}
        >
          {transfer.stage === 'confirmed' && sent
            ? `Sent ${sent.amount} ${sent.symbol ?? ''} to ${sent.to}.`
            : stageLabels[transfer.stage]}
        </p>
        {transfer.error && (
          <p role="alert" className="demo-error" data-error-code={transfer.error.code}>
            {transfer.error.shortMessage}
          </p>
        )}
      </form>
    </section>
  )
}
