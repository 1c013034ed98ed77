'use client'
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { formatUnits } from 'viem'
import { flattenBalances } from '../../core/parse/flattenBalances.ts'
import { useAddressBook } from '../../react/hooks/useAddressBook.ts'
import { useBalances } from '../../react/hooks/useBalances.ts'
import { useSession } from '../../react/hooks/useSession.ts'
import { useTransfer } from '../../react/hooks/useTransfer.ts'
import { parseLocaleAmount, toLocaleInput } from '../internal/format/parseLocaleAmount.ts'
import { AmountField } from '../internal/form/AmountField.tsx'
import { amountHintValues } from '../internal/form/amountHintValues.ts'
import { amountProblem } from '../internal/form/amountProblem.ts'
import { OperationFormFooter } from '../internal/form/OperationFormFooter.tsx'
import { fieldParts } from '../internal/form/fieldParts.ts'
import { footerParts } from '../internal/form/footerParts.ts'
import { TokenField } from '../internal/form/TokenField.tsx'
import { walletFormState } from '../internal/form/walletFormState.ts'
import { useOperationSigning } from '../internal/form/useOperationSigning.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { validateRecipient } from '../internal/validateRecipient.ts'
import { partClass } from '../internal/WalletClassNames.ts'
import { walletErrorFeedback } from '../internal/walletErrorFeedback.ts'
import { chainContacts } from './chainContacts.ts'
import { transferSuccessText } from './transferSuccessText.ts'
import { RecipientField } from './RecipientField.tsx'
import type { TransferFormPart, TransferFormState } from './TransferFormPart.ts'
import type { TransferFormProps } from './TransferFormProps.ts'

export type { TransferFormPart, TransferFormState } from './TransferFormPart.ts'
export type { TransferFormProps } from './TransferFormProps.ts'

type FieldName = 'recipient' | 'amount'

/**
 * Sends a token from the user's Safe: recipient (typed, or picked from the user's saved
 * contacts; checked before anything is sent: format, EIP-55 checksum, not the sender), token
 * (what the Safe holds, with balances), amount in the locale's notation with Max, a note that
 * the fee is sponsored, then the signer (the passkey prompt; the PIN pad; the passphrase, and
 * once per page session the emailed code, for email users; the app's wallet `signer` for
 * EIP-7702 users) and the operation's progress until confirmed, with its explorer link. Errors
 * are worded at their field or above the button, with a retry; a second submit while one runs
 * is refused. Built on `useTransfer`, `useBalances` and `useAddressBook`. `data-state` is
 * `loading | idle | disabled | pending | success | error`.
 *
 * @example
 * <TransferForm onSuccess={(data) => toast(`Sent ${data.operation.amount}`)} />
 */
export function TransferForm(props: TransferFormProps): ReactNode {
  const {
    chainId: chainIdProp,
    defaultValues,
    contacts: offerContacts = true,
    signer,
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
  const addressBook = useAddressBook({ query: { enabled: offerContacts } })
  const contacts = offerContacts ? chainContacts(addressBook.data, chainId, locale) : []
  const transfer = useTransfer({ tracking })
  const [to, setTo] = useState(defaultValues?.to ?? '')
  const [tokenChoice, setTokenChoice] = useState<string>(defaultValues?.token ?? '')
  const [amountText, setAmountText] = useState(defaultValues?.amount ?? '')
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({})
  const recipientRef = useRef<HTMLInputElement>(null)
  const amountRef = useRef<HTMLInputElement>(null)
  const part = (name: TransferFormPart) => partClass('ibex-transfer-form', name, classNames)
  const fieldClassNames = fieldParts(part)
  const footerClassNames = footerParts(part)

  const rows = balances.data ?? []
  const selected =
    rows.find((row) => row.token.address.toLowerCase() === tokenChoice.toLowerCase()) ?? rows[0]
  const signing = useOperationSigning({
    mutate: (inputs, callbacks) => {
      const parsed = selected && parseLocaleAmount(amountText, locale, selected.token.decimals)
      if (!selected || !parsed?.ok) return
      const variables = { token: selected.token.address, to: to.trim(), amount: parsed.amount }
      transfer.mutate({ ...variables, chainId, ...inputs }, callbacks)
    },
    signer,
    messages,
    onSuccess,
    onError,
  })
  const pending = transfer.isPending
  const done = transfer.isSuccess
  const error = transfer.error
  const hintValues = amountHintValues(selected, locale, messages)
  const errorFeedback = error ? walletErrorFeedback(error.code, messages, hintValues) : null
  // A server or hook verdict about a field shows at that field, like a local check.
  const shownFieldError = (field: FieldName): string | undefined => {
    const local = fieldErrors[field]
    const feedback = local
      ? walletErrorFeedback(local, messages, hintValues)
      : errorFeedback?.field === field
        ? errorFeedback
        : null
    return feedback ? `${feedback.what} ${feedback.hint}` : undefined
  }
  const formError = errorFeedback && errorFeedback.field === undefined ? errorFeedback : null
  const locked = disabled || pending || done
  const refused = (!done && locked) || rows.length === 0 || signing.walletMissing
  const state: TransferFormState = walletFormState({
    loading: balances.isPending,
    disabled: disabled || rows.length === 0 || signing.walletMissing,
    pending,
    done,
    failed: errorFeedback !== null,
  })

  function edited() {
    if (Object.keys(fieldErrors).length > 0) setFieldErrors({})
    if (error) transfer.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (done) {
      transfer.reset()
      setAmountText('')
      setTo('')
      return
    }
    if (locked || !selected || signing.walletMissing) return
    const problems: Partial<Record<FieldName, string>> = {}
    const recipientProblem = validateRecipient(to, own)
    if (recipientProblem) problems.recipient = recipientProblem
    const parsed = parseLocaleAmount(amountText, locale, selected.token.decimals)
    const amountCode = amountProblem(parsed, selected.balanceBaseUnits)
    if (amountCode) problems.amount = amountCode
    setFieldErrors(problems)
    if (problems.recipient) return recipientRef.current?.focus()
    if (problems.amount) return amountRef.current?.focus()
    if (error) transfer.reset()
    signing.start()
  }

  const recipientError = shownFieldError('recipient')
  const amountError = shownFieldError('amount')
  const successText = transferSuccessText(transfer.data?.operation, selected, locale, messages)

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

      <RecipientField
        id={id}
        inputRef={recipientRef}
        value={to}
        onValueChange={(value) => {
          setTo(value)
          edited()
        }}
        locked={locked}
        error={recipientError}
        contacts={contacts}
        messages={messages}
        part={part}
      />

      <TokenField
        id={id}
        name="token"
        label={messages.tokenLabel}
        rows={rows}
        current={selected}
        disabled={locked || rows.length === 0}
        locale={locale}
        messages={messages}
        hint={rows.length === 0 && !balances.isPending ? messages.noToken : undefined}
        classNames={fieldClassNames}
        onChange={(value) => {
          setTokenChoice(value)
          edited()
        }}
      />

      <AmountField
        id={id}
        inputRef={amountRef}
        label={messages.amountLabel}
        value={amountText}
        onValueChange={(value) => {
          setAmountText(value)
          edited()
        }}
        locked={locked}
        locale={locale}
        error={amountError}
        available={selected ? formatMessage(messages.available, { amount: hintValues.amount }) : ''}
        classNames={fieldClassNames}
        action={
          <button
            type="button"
            className={joinTokens('ibex-button', part('max'))}
            data-part="max"
            data-variant="secondary"
            title={messages.maxLabel}
            disabled={locked || !selected}
            onClick={() => {
              if (!selected) return
              const { balanceBaseUnits, token } = selected
              setAmountText(toLocaleInput(formatUnits(balanceBaseUnits, token.decimals), locale))
              edited()
            }}
          >
            {messages.max}
          </button>
        }
      />

      {sponsoredFee ? (
        <p className={part('note')} data-part="note">
          {messages.sponsoredFee}
        </p>
      ) : null}

      <OperationFormFooter
        operation={transfer}
        signing={signing}
        operationFeedback={errorFeedback}
        panel={
          formError && error
            ? {
                error,
                feedback: formError,
                onRetry: () => {
                  transfer.reset()
                  signing.start()
                },
              }
            : null
        }
        chainId={chainId}
        locale={localeProp}
        messages={messages}
        successText={successText}
        refused={refused}
        classNames={footerClassNames}
      />
    </form>
  )
}
