import { useId, useState, type CSSProperties, type FormEvent, type ReactNode } from 'react'
import type { IbexError } from '../../src/core/errors/IbexError.ts'
import { IbexValidationError } from '../../src/core/errors/IbexValidationError.ts'
import { useAddIban } from '../../src/react/hooks/useAddIban.ts'
import { useIbans } from '../../src/react/hooks/useIbans.ts'
import { useIbexLocale } from '../../src/react/hooks/useIbexLocale.ts'
import { useSepaPayment } from '../../src/react/hooks/useSepaPayment.ts'
import { useSepaTransactions } from '../../src/react/hooks/useSepaTransactions.ts'
import { sepaStoryMessages, type SepaStoryMessages } from './sepaStoryMessages.ts'
import { storyFormStyles } from './storyFormStyles.ts'

const card: CSSProperties = {
  display: 'grid',
  gap: 'var(--ibex-space-4)',
  padding: 'var(--ibex-space-5)',
  border: '1px solid var(--ibex-line)',
  borderRadius: 'var(--ibex-radius-3)',
  background: 'var(--ibex-bg)',
  color: 'var(--ibex-fg)',
  fontFamily: 'var(--ibex-font-family)',
}
const field: CSSProperties = { display: 'grid', gap: 'var(--ibex-space-1)' }
// The forms sit in the card itself: one surface, as the kit's own forms are.
const form: CSSProperties = { display: 'grid', gap: 'var(--ibex-space-3)', margin: 0 }
const labelText: CSSProperties = { fontWeight: 'var(--ibex-font-weight-medium)' }
const ibanRow: CSSProperties = {
  display: 'grid',
  gap: 'var(--ibex-space-1)',
  margin: 0,
  paddingBlockEnd: 'var(--ibex-space-4)',
  borderBlockEnd: '1px solid var(--ibex-line)',
}
const ibanLabel: CSSProperties = {
  fontSize: 'var(--ibex-font-size-2)',
  color: 'var(--ibex-fg-muted)',
}
const heading: CSSProperties = {
  margin: 0,
  fontSize: 'var(--ibex-font-size-4)',
  fontWeight: 'var(--ibex-font-weight-bold)',
}
const success: CSSProperties = { margin: 0, color: 'var(--ibex-success)' }
const historyStyle: CSSProperties = {
  display: 'grid',
  gap: 'var(--ibex-space-2)',
  paddingBlockStart: 'var(--ibex-space-4)',
  borderBlockStart: '1px solid var(--ibex-line)',
}
const { input, button } = storyFormStyles
const mono: CSSProperties = { fontFamily: 'var(--ibex-font-mono)' }
const danger: CSSProperties = { color: 'var(--ibex-danger)', margin: 0 }
// The payments as rows like the kit's BalanceList and TransactionList: what, to whom, how much.
const list: CSSProperties = { display: 'flex', flexDirection: 'column', margin: 0, padding: 0 }
const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr) auto',
  gap: 'var(--ibex-space-3)',
  alignItems: 'center',
  minBlockSize: '3.5rem',
  paddingBlock: 'var(--ibex-space-2)',
  listStyle: 'none',
}
const rowDivider: CSSProperties = { borderBlockStart: '1px solid var(--ibex-line)' }
const rowMain: CSSProperties = { display: 'flex', flexDirection: 'column', minInlineSize: 0 }
const rowLabel: CSSProperties = { fontWeight: 'var(--ibex-font-weight-medium)' }
const rowDetail: CSSProperties = {
  overflow: 'hidden',
  fontSize: 'var(--ibex-font-size-2)',
  lineHeight: 'var(--ibex-line-height-2)',
  color: 'var(--ibex-fg-muted)',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
}
const rowAmount: CSSProperties = {
  fontWeight: 'var(--ibex-font-weight-medium)',
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
  textAlign: 'end',
}

/** An IBAN in groups of four, as banks print it. */
function formatIban(iban: string | undefined): string {
  return iban?.replace(/(.{4})(?=.)/g, '$1 ') ?? ''
}

/** A paid amount in the user's language ("150,00 €" in German), as sent if it is no number. */
function formatAmount(amount: string, currency: string, locale: string | undefined): string {
  const value = Number(amount)
  if (!Number.isFinite(value)) return `${amount} ${currency}`
  try {
    return new Intl.NumberFormat(locale ?? 'en', { style: 'currency', currency }).format(value)
  } catch {
    return `${amount} ${currency}`
  }
}

/** The end-user sentence for an error, by its code (developer detail stays in `message`). */
function errorText(error: IbexError | null, text: SepaStoryMessages): string | undefined {
  if (!error) return undefined
  if (error instanceof IbexValidationError) return text.errors.invalid
  if (error.code === 'webauthn/cancelled') return text.errors.cancelled
  if (error.code === 'http/conflict') return text.errors.expired
  if (error.code === 'http/forbidden') return text.errors.forbidden
  return text.errors.failed
}

function Field(props: {
  label: string
  name: string
  defaultValue?: string
  error?: string | undefined
}): ReactNode {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <div style={field}>
      <label htmlFor={id} style={labelText}>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        style={input}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error && (
        <p id={errorId} style={danger}>
          {props.error}
        </p>
      )}
    </div>
  )
}

/**
 * A story's SEPA screen on the kit's hooks: get an IBAN for the Safe (approved with the
 * passkey), pay an IBAN (approved with the passkey; the kit checks the IBAN's mod-97, the amount
 * and the reference first), and the SEPA payments made. Text from the story's catalogue in the
 * toolbar's language; styles from the kit's tokens.
 *
 * @example
 * <PasskeyWallet><SepaPayment /></PasskeyWallet>
 */
export function SepaPayment(): ReactNode {
  const locale = useIbexLocale()
  const text = sepaStoryMessages(locale)
  const ibans = useIbans()
  const addIban = useAddIban()
  const pay = useSepaPayment()
  const history = useSepaTransactions({ type: 'SEPA_OUT' })
  const [holder, setHolder] = useState('Ada Lovelace')
  const mine = ibans.data?.[0]

  const onAddIban = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    addIban.mutate({ holderName: holder })
  }
  const onPay = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!mine) return
    const data = new FormData(event.currentTarget)
    pay.mutate({
      debtor: { name: mine.holderName ?? holder, iban: mine.iban },
      creditor: { name: String(data.get('creditorName')), iban: String(data.get('creditorIban')) },
      amount: String(data.get('amount')),
      reference: String(data.get('reference')),
    })
  }
  const payError = pay.error instanceof IbexValidationError ? pay.error.field : undefined
  const fieldError = (name: string) => (payError === name ? text.errors.invalid : undefined)

  return (
    <section aria-label={text.title} style={card} className="ibex-sepa-story">
      {!mine ? (
        <form onSubmit={onAddIban} style={form}>
          <div style={field}>
            <label htmlFor="sepa-holder" style={labelText}>
              {text.holderLabel}
            </label>
            <input
              id="sepa-holder"
              value={holder}
              onChange={(event) => setHolder(event.target.value)}
              style={input}
            />
          </div>
          <button type="submit" style={button} disabled={addIban.isPending}>
            {text.addIban}
          </button>
        </form>
      ) : (
        <p style={ibanRow}>
          <span style={ibanLabel}>{text.yourIban}</span>
          <span style={mono} data-testid="sepa-iban">
            {formatIban(mine.iban)}
          </span>
        </p>
      )}
      {mine && (
        <form onSubmit={onPay} style={form} noValidate>
          <Field
            label={text.creditorNameLabel}
            name="creditorName"
            error={fieldError('creditor.name')}
          />
          <Field
            label={text.creditorIbanLabel}
            name="creditorIban"
            error={fieldError('creditor.iban')}
          />
          <Field label={text.amountLabel} name="amount" error={fieldError('amount')} />
          <Field label={text.referenceLabel} name="reference" error={fieldError('reference')} />
          <button type="submit" style={button} disabled={pay.isPending}>
            {text.pay}
          </button>
        </form>
      )}
      <p
        role="status"
        aria-live="polite"
        style={pay.isSuccess && !pay.isPending ? success : { margin: 0 }}
        data-testid="sepa-status"
      >
        {addIban.isPending
          ? text.addingIban
          : pay.isPending
            ? text.paying
            : pay.isSuccess
              ? text.paid
              : ''}
      </p>
      {(addIban.error ?? (pay.error && !payError ? pay.error : null)) && (
        <p role="alert" style={danger}>
          {errorText(addIban.error ?? pay.error, text)}
        </p>
      )}
      {mine && (
        <section aria-label={text.history} style={historyStyle}>
          <h3 style={heading}>{text.history}</h3>
          {history.data?.transactions.length ? (
            <ul style={list}>
              {history.data.transactions.map((row, index) => (
                <li
                  key={row.id}
                  data-amount={`${row.amount} ${row.currency}`}
                  style={index === 0 ? rowStyle : { ...rowStyle, ...rowDivider }}
                >
                  <span style={rowMain}>
                    <span style={rowLabel}>{row.reference ?? text.history}</span>
                    <span style={rowDetail}>{formatIban(row.beneficiaryIban)}</span>
                  </span>
                  <span style={rowAmount}>{formatAmount(row.amount, row.currency, locale)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p style={{ margin: 0, color: 'var(--ibex-fg-muted)' }}>{text.empty}</p>
          )}
        </section>
      )}
    </section>
  )
}
