'use client'
import {
  useId,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type FormEvent,
  type ReactNode,
} from 'react'
import { formatUnits, type Address } from 'viem'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { IbexPinThrottledError } from '../../core/errors/IbexPinThrottledError.ts'
import type { OperationTrackingOptions } from '../../core/operations/OperationTrackingOptions.ts'
import { flattenBalances } from '../../core/parse/flattenBalances.ts'
import { useBalances } from '../../react/hooks/useBalances.ts'
import { useSession } from '../../react/hooks/useSession.ts'
import { useTransfer, type TransferData } from '../../react/hooks/useTransfer.ts'
import { numberFormatter } from '../internal/format/numberFormatter.ts'
import { parseLocaleAmount, toLocaleInput } from '../internal/format/parseLocaleAmount.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import { shortAddress } from '../internal/shortAddress.ts'
import { SignerPrompt, type SignerSecretKind } from '../internal/SignerPrompt.tsx'
import { Spinner } from '../internal/Spinner.tsx'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { validateRecipient } from '../internal/validateRecipient.ts'
import { partClass, type WalletClassNames } from '../internal/WalletClassNames.ts'
import { WalletErrorPanel } from '../internal/WalletErrorPanel.tsx'
import { walletErrorFeedback } from '../internal/walletErrorFeedback.ts'
import { OperationProgress } from '../OperationProgress/OperationProgress.tsx'

/** What `data-state` of a {@link TransferForm} says. */
export type TransferFormState = 'loading' | 'idle' | 'disabled' | 'pending' | 'success' | 'error'

/** Parts of a {@link TransferForm}, for `classNames`. */
export type TransferFormPart =
  | 'root'
  | 'title'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'max'
  | 'hint'
  | 'fieldError'
  | 'note'
  | 'submit'
  | 'signer'
  | 'progress'
  | 'error'

/** Props of {@link TransferForm}. Other `<form>` props go to the root. */
export interface TransferFormProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'children' | 'onSubmit' | 'onError'
> {
  /** The chain to send on; the session's by default. */
  chainId?: number | undefined
  /** Values the form starts with (a "pay this person" link, a story). */
  defaultValues?: { to?: string; token?: Address; amount?: string } | undefined
  /**
   * Shows the note that the network fee is paid for the user (IBEx sponsors Safe operations).
   * @default true
   */
  sponsoredFee?: boolean
  /** Disables the whole form. */
  disabled?: boolean
  /** How long and how often the operation is followed after it is sent (`useTransfer`'s). */
  tracking?: OperationTrackingOptions | undefined
  /** Called once the transfer is confirmed (or still pending when tracking stopped). */
  onSuccess?: ((data: TransferData) => void) | undefined
  /** Called when it failed (not for a closed passkey prompt). */
  onError?: ((error: IbexError) => void) | undefined
  /** Language of the strings and numbers; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<TransferFormMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-transfer-form__<part>`. */
  classNames?: WalletClassNames<TransferFormPart>
}

type FieldName = 'recipient' | 'amount'

/**
 * Sends a token from the user's Safe: recipient (checked before anything is sent: format,
 * EIP-55 checksum, not the sender), token (what the Safe holds, with balances), amount in the
 * locale's notation with Max, a note that the fee is sponsored, then the signer (the passkey
 * prompt; the PIN pad or the passphrase for PIN and email users) and the operation's progress
 * until confirmed, with its explorer link. Errors are worded at their field or above the
 * button, with a retry; a second submit while one runs is refused. Built on `useTransfer` and
 * `useBalances`. `data-state` is `loading | idle | disabled | pending | success | error`.
 *
 * @example
 * <TransferForm onSuccess={(data) => toast(`Sent ${data.operation.amount}`)} />
 */
export function TransferForm(props: TransferFormProps): ReactNode {
  const {
    chainId: chainIdProp,
    defaultValues,
    sponsoredFee = true,
    disabled = false,
    tracking,
    onSuccess,
    onError,
    locale: localeProp,
    messages: overrides,
    classNames,
    className,
    ...formProps
  } = props
  const locale = useWalletLocale(localeProp)
  const messages = resolveWalletMessages('transferForm', locale, overrides)
  const id = useId()
  const { user } = useSession()
  const chainId = chainIdProp ?? user?.chainId
  const own = chainId === undefined ? undefined : user?.safeAddresses[String(chainId)]
  const balances = useBalances({ chainId, query: { select: flattenBalances } })
  const transfer = useTransfer({ tracking })
  const [to, setTo] = useState(defaultValues?.to ?? '')
  const [tokenChoice, setTokenChoice] = useState<string>(defaultValues?.token ?? '')
  const [amountText, setAmountText] = useState(defaultValues?.amount ?? '')
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({})
  const [secretKind, setSecretKind] = useState<SignerSecretKind | null>(null)
  const recipientRef = useRef<HTMLInputElement>(null)
  const amountRef = useRef<HTMLInputElement>(null)
  const part = (name: TransferFormPart) => partClass('ibex-transfer-form', name, classNames)

  const rows = balances.data ?? []
  const selected =
    rows.find((row) => row.token.address.toLowerCase() === tokenChoice.toLowerCase()) ?? rows[0]
  const pending = transfer.isPending
  const done = transfer.isSuccess
  const error = transfer.error
  const errorFeedback = error ? walletErrorFeedback(error.code, messages, hintValues()) : null
  // A server or hook verdict about a field shows at that field, like a local check.
  const fieldOfError = errorFeedback?.field
  const shownFieldError = (field: FieldName): string | undefined => {
    const local = fieldErrors[field]
    if (local) return feedbackText(local)
    if (fieldOfError === field && errorFeedback)
      return `${errorFeedback.what} ${errorFeedback.hint}`
    return undefined
  }
  const secretError =
    errorFeedback && (fieldOfError === 'pin' || fieldOfError === 'passphrase')
      ? `${errorFeedback.what} ${errorFeedback.hint}`
      : undefined
  const formError = errorFeedback && fieldOfError === undefined ? errorFeedback : null
  const locked = disabled || pending || done
  const state: TransferFormState = balances.isPending
    ? 'loading'
    : disabled || rows.length === 0
      ? 'disabled'
      : pending
        ? 'pending'
        : done
          ? 'success'
          : errorFeedback
            ? 'error'
            : 'idle'

  function hintValues(): Record<string, string | number> {
    return {
      symbol: selected?.token.symbol ?? '',
      decimals: selected?.token.decimals ?? 18,
      amount: selected
        ? formatAmountText(
            selected.balanceBaseUnits,
            selected.token.decimals,
            locale,
            messages,
            selected.token.symbol,
            'form',
          )
        : '',
      example: numberFormatter(locale).format('12.5'),
    }
  }

  function feedbackText(code: string): string {
    const feedback = walletErrorFeedback(code, messages, hintValues())
    return feedback ? `${feedback.what} ${feedback.hint}` : ''
  }

  function edited() {
    if (Object.keys(fieldErrors).length > 0) setFieldErrors({})
    if (error) transfer.reset()
  }

  function run(secret?: { pin?: string; passphrase?: string }) {
    if (!selected) return
    const parsed = parseLocaleAmount(amountText, locale, selected.token.decimals)
    if (!parsed.ok) return
    transfer.mutate(
      { token: selected.token.address, to: to.trim(), amount: parsed.amount, chainId, ...secret },
      {
        onSuccess: (data) => {
          setSecretKind(null)
          onSuccess?.(data)
        },
        onError: (failure) => {
          const feedback = walletErrorFeedback(failure.code, messages)
          if (feedback && feedback.field !== 'pin' && feedback.field !== 'passphrase')
            setSecretKind(null)
          if (feedback) onError?.(failure)
        },
      },
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (done) {
      transfer.reset()
      setAmountText('')
      setTo('')
      return
    }
    if (locked || !selected) return
    const problems: Partial<Record<FieldName, string>> = {}
    const recipientProblem = validateRecipient(to, own)
    if (recipientProblem) problems.recipient = recipientProblem
    const parsed = parseLocaleAmount(amountText, locale, selected.token.decimals)
    if (!parsed.ok) {
      problems.amount =
        parsed.problem === 'too-precise'
          ? 'validation/amount-too-precise'
          : 'validation/amount-malformed'
    } else if (parsed.value === 0n) problems.amount = 'validation/amount-not-positive'
    else if (parsed.value > selected.balanceBaseUnits)
      problems.amount = 'validation/amount-exceeds-balance'
    setFieldErrors(problems)
    if (problems.recipient) return recipientRef.current?.focus()
    if (problems.amount) return amountRef.current?.focus()
    if (error) transfer.reset()
    start()
  }

  /** Asks the signer's secret first (PIN and email users), or runs at once (passkey prompt). */
  function start() {
    const method = user?.authMethod
    if (method === 'PIN_KDF') setSecretKind('pin')
    else if (method === 'EMAIL') setSecretKind('passphrase')
    else run()
  }

  const recipientError = shownFieldError('recipient')
  const amountError = shownFieldError('amount')
  const sent = transfer.data?.operation
  const successText = sent
    ? formatMessage(messages.success, {
        amount: formatAmountText(
          sent.value,
          sent.decimals,
          locale,
          messages,
          sent.symbol ?? selected?.token.symbol ?? '',
          'form',
        ),
        recipient: shortAddress(sent.to),
      })
    : undefined

  return (
    <form
      noValidate
      {...formProps}
      className={joinTokens(
        'ibex-root ibex-wallet ibex-transfer-form',
        classNames?.root,
        className,
      )}
      data-part="root"
      data-state={state}
      aria-labelledby={`${id}-title`}
      aria-busy={pending || undefined}
      onSubmit={submit}
    >
      <p id={`${id}-title`} className={part('title')} data-part="title">
        {messages.title}
      </p>

      <div className={part('field')} data-part="field" data-field="recipient">
        <label htmlFor={`${id}-to`} className={part('label')} data-part="label">
          {messages.recipientLabel}
        </label>
        <input
          ref={recipientRef}
          id={`${id}-to`}
          className={joinTokens('ibex-input', part('input'))}
          data-part="input"
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="0x…"
          value={to}
          readOnly={locked}
          aria-invalid={recipientError ? true : undefined}
          aria-describedby={recipientError ? `${id}-to-error` : undefined}
          onChange={(event) => {
            setTo(event.target.value)
            edited()
          }}
        />
        {recipientError ? (
          <p id={`${id}-to-error`} className={part('fieldError')} data-part="field-error">
            {recipientError}
          </p>
        ) : null}
      </div>

      <div className={part('field')} data-part="field" data-field="token">
        <label htmlFor={`${id}-token`} className={part('label')} data-part="label">
          {messages.tokenLabel}
        </label>
        <select
          id={`${id}-token`}
          className={joinTokens('ibex-select', part('select'))}
          data-part="select"
          value={selected?.token.address ?? ''}
          disabled={locked || rows.length === 0}
          aria-describedby={rows.length === 0 && !balances.isPending ? `${id}-no-token` : undefined}
          onChange={(event) => {
            setTokenChoice(event.target.value)
            edited()
          }}
        >
          {rows.map((row) => (
            <option key={`${row.wallet}:${row.token.address}`} value={row.token.address}>
              {formatMessage(messages.tokenOption, {
                symbol: row.token.symbol,
                balance: formatAmountText(
                  row.balanceBaseUnits,
                  row.token.decimals,
                  locale,
                  messages,
                ),
              })}
            </option>
          ))}
        </select>
        {rows.length === 0 && !balances.isPending ? (
          <p id={`${id}-no-token`} className={part('hint')} data-part="hint">
            {messages.noToken}
          </p>
        ) : null}
      </div>

      <div className={part('field')} data-part="field" data-field="amount">
        <label htmlFor={`${id}-amount`} className={part('label')} data-part="label">
          {messages.amountLabel}
        </label>
        <div data-part="amount-row">
          <input
            ref={amountRef}
            id={`${id}-amount`}
            className={joinTokens('ibex-input', part('input'))}
            data-part="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder={numberFormatter(locale).format('0')}
            value={amountText}
            readOnly={locked}
            aria-invalid={amountError ? true : undefined}
            aria-describedby={joinTokens(`${id}-available`, amountError && `${id}-amount-error`)}
            onChange={(event) => {
              setAmountText(event.target.value)
              edited()
            }}
          />
          <button
            type="button"
            className={joinTokens('ibex-button', part('max'))}
            data-part="max"
            data-variant="secondary"
            title={messages.maxLabel}
            disabled={locked || !selected}
            onClick={() => {
              if (!selected) return
              setAmountText(
                toLocaleInput(
                  formatUnits(selected.balanceBaseUnits, selected.token.decimals),
                  locale,
                ),
              )
              edited()
            }}
          >
            {messages.max}
          </button>
        </div>
        <p id={`${id}-available`} className={part('hint')} data-part="hint">
          {selected
            ? formatMessage(messages.available, {
                amount: formatAmountText(
                  selected.balanceBaseUnits,
                  selected.token.decimals,
                  locale,
                  messages,
                  selected.token.symbol,
                  'form',
                ),
              })
            : '\u00a0'}
        </p>
        {amountError ? (
          <p id={`${id}-amount-error`} className={part('fieldError')} data-part="field-error">
            {amountError}
          </p>
        ) : null}
      </div>

      {sponsoredFee ? (
        <p className={part('note')} data-part="note">
          {messages.sponsoredFee}
        </p>
      ) : null}

      {secretKind && !done ? (
        <SignerPrompt
          className={part('signer')}
          kind={secretKind}
          locale={localeProp}
          messages={messages}
          error={secretError}
          retryAt={error instanceof IbexPinThrottledError ? error.retryAt : undefined}
          pending={pending}
          onSubmit={(secret) =>
            run(secretKind === 'pin' ? { pin: secret } : { passphrase: secret })
          }
          onCancel={() => {
            transfer.cancel()
            setSecretKind(null)
          }}
        />
      ) : null}

      {formError && error ? (
        <WalletErrorPanel
          className={part('error')}
          feedback={formError}
          code={error.code}
          retryLabel={messages.retry}
          onRetry={() => {
            transfer.reset()
            start()
          }}
        />
      ) : null}

      <OperationProgress
        className={part('progress')}
        // A closed prompt or a cancel is not a failure to show.
        stage={error && !errorFeedback ? 'idle' : transfer.stage}
        chainId={chainId}
        transactionHash={transfer.data?.transactionHash}
        locale={localeProp}
        messages={successText ? { statusConfirmed: successText } : undefined}
      />

      {secretKind && !done ? null : (
        <button
          type="submit"
          className={joinTokens('ibex-button', part('submit'))}
          data-part="submit"
          data-variant="primary"
          data-state={pending ? 'pending' : done ? 'success' : undefined}
          aria-busy={pending || undefined}
          aria-disabled={(!done && locked) || rows.length === 0 || undefined}
        >
          {pending ? <Spinner /> : null}
          {done ? messages.again : messages.submit}
        </button>
      )}
    </form>
  )
}
