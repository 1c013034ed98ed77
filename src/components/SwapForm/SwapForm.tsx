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
import { useSwap, type SwapData } from '../../react/hooks/useSwap.ts'
import { useSwapQuote } from '../../react/hooks/useSwapQuote.ts'
import { numberFormatter } from '../internal/format/numberFormatter.ts'
import { parseLocaleAmount } from '../internal/format/parseLocaleAmount.ts'
import { formatAmountText } from '../internal/formatAmountText.ts'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import type {
  SwapFormMessages,
  TransferFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import { SignerPrompt, type SignerSecretKind } from '../internal/SignerPrompt.tsx'
import { Spinner } from '../internal/Spinner.tsx'
import { TokenIcon } from '../internal/TokenIcon.tsx'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { partClass, type WalletClassNames } from '../internal/WalletClassNames.ts'
import { WalletErrorPanel } from '../internal/WalletErrorPanel.tsx'
import { walletErrorFeedback } from '../internal/walletErrorFeedback.ts'
import { SwapIcon } from '../internal/icons/SwapIcon.tsx'
import { OperationProgress } from '../OperationProgress/OperationProgress.tsx'
import { swapQuoteFigures } from './swapQuoteFigures.ts'
import { useDebouncedValue } from './useDebouncedValue.ts'

/** What `data-state` of a {@link SwapForm} says. */
export type SwapFormState = 'loading' | 'idle' | 'disabled' | 'pending' | 'success' | 'error'

/** Parts of a {@link SwapForm}, for `classNames`. */
export type SwapFormPart =
  | 'root'
  | 'title'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'flip'
  | 'quote'
  | 'countdown'
  | 'fieldError'
  | 'submit'
  | 'signer'
  | 'progress'
  | 'error'

/** Props of {@link SwapForm}. Other `<form>` props go to the root. */
export interface SwapFormProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'children' | 'onSubmit' | 'onError'
> {
  /** The chain to swap on; the session's by default. */
  chainId?: number | undefined
  /** Values the form starts with. */
  defaultValues?: { sellToken?: Address; buyToken?: Address; amount?: string } | undefined
  /**
   * The price change the swap tolerates, in percent.
   * @default 0.5
   */
  slippage?: number
  /** How long before a quote expires a new one is asked for (`useSwapQuote`'s). */
  refreshBeforeExpiryMs?: number | undefined
  /**
   * How long the amount must stay unchanged before a quote is asked for, in ms.
   * @default 500
   */
  debounceMs?: number
  /** Disables the whole form. */
  disabled?: boolean
  /** How long and how often the operation is followed after it is sent (`useSwap`'s). */
  tracking?: OperationTrackingOptions | undefined
  onSuccess?: ((data: SwapData) => void) | undefined
  onError?: ((error: IbexError) => void) | undefined
  /** Language of the strings and numbers; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<SwapFormMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-swap-form__<part>`. */
  classNames?: WalletClassNames<SwapFormPart>
}

/**
 * Swaps one token of the user's Safe for another: what to pay and what to receive (with their
 * balances), the amount in the locale's notation, then the live quote: what is received, the
 * rate, the minimum received after the tolerated price change, the route and a countdown; the
 * quote is asked for again before it expires (announced only when the price changes, or once
 * when it expired). "Swap" executes the quote on screen through the session's signer, with the
 * operation's progress and explorer link. Built on `useSwapQuote`, `useSwap` and `useBalances`.
 * `data-state` is `loading | idle | disabled | pending | success | error`.
 *
 * @example
 * <SwapForm slippage={1} onSuccess={() => navigate('/activity')} />
 */
export function SwapForm(props: SwapFormProps): ReactNode {
  const {
    chainId: chainIdProp,
    defaultValues,
    slippage = 0.5,
    refreshBeforeExpiryMs,
    debounceMs = 500,
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
  const messages = resolveWalletMessages('swapForm', locale, overrides)
  const signerMessages: TransferFormMessages = resolveWalletMessages('transferForm', locale)
  const id = useId()
  const { user } = useSession()
  const chainId = chainIdProp ?? user?.chainId
  const balances = useBalances({ chainId, query: { select: flattenBalances } })
  const rows = balances.data ?? []
  const [sellChoice, setSellChoice] = useState<string>(defaultValues?.sellToken ?? '')
  const [buyChoice, setBuyChoice] = useState<string>(defaultValues?.buyToken ?? '')
  const [amountText, setAmountText] = useState(defaultValues?.amount ?? '')
  const [secretKind, setSecretKind] = useState<SignerSecretKind | null>(null)
  const amountRef = useRef<HTMLInputElement>(null)
  const part = (name: SwapFormPart) => partClass('ibex-swap-form', name, classNames)
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

  const sell = rows.find((row) => same(row.token.address, sellChoice)) ?? rows[0]
  const buy =
    rows.find((row) => same(row.token.address, buyChoice)) ??
    rows.find((row) => sell && !same(row.token.address, sell.token.address))
  const parsed = sell ? parseLocaleAmount(amountText, locale, sell.token.decimals) : undefined
  // Only an amount the Safe holds is quoted: more is refused at the field, with no request.
  const typedAmount =
    parsed?.ok && parsed.value > 0n && sell && parsed.value <= sell.balanceBaseUnits
      ? parsed.amount
      : undefined
  const amount = useDebouncedValue(typedAmount, debounceMs)
  const swap = useSwap({ tracking })
  const quote = useSwapQuote({
    sellToken: sell?.token.address,
    buyToken: buy?.token.address,
    amount: swap.isSuccess ? undefined : amount,
    chainId,
    refreshBeforeExpiryMs,
  })
  const offer =
    quote.data && typedAmount !== undefined && typedAmount === amount ? quote.data : undefined

  // One announcement per change that matters: a new price (a re-quote at the same price says
  // nothing) or an expiry. Kept from earlier renders, as React suggests for derived events.
  const [announced, setAnnounced] = useState('')
  let polite = announced
  if (offer && buy) {
    const text = quote.isExpired
      ? messages.expired
      : formatMessage(messages.quoteReady, {
          amount: formatAmountText(
            offer.buyValue,
            offer.buyTokenDecimals,
            locale,
            messages,
            buy.token.symbol,
            'form',
          ),
        })
    if (text !== announced) {
      setAnnounced(text)
      polite = text
    }
  }

  const localProblem =
    parsed && !parsed.ok && parsed.problem !== 'empty'
      ? parsed.problem === 'too-precise'
        ? 'validation/amount-too-precise'
        : 'validation/amount-malformed'
      : parsed?.ok && sell && parsed.value > sell.balanceBaseUnits
        ? 'validation/amount-exceeds-balance'
        : undefined
  const hintValues = {
    symbol: sell?.token.symbol ?? '',
    decimals: sell?.token.decimals ?? 18,
    amount: sell
      ? formatAmountText(
          sell.balanceBaseUnits,
          sell.token.decimals,
          locale,
          messages,
          sell.token.symbol,
          'form',
        )
      : '',
    example: numberFormatter(locale).format('12.5'),
  }
  const quoteError = quote.error && !localProblem ? quote.error : null
  const amountCode =
    localProblem ??
    (quoteError && walletErrorFeedback(quoteError.code, messages)?.field === 'amount'
      ? quoteError.code
      : undefined)
  const amountFeedback = amountCode ? walletErrorFeedback(amountCode, messages, hintValues) : null
  const swapError = swap.error
  const swapFeedback = swapError ? walletErrorFeedback(swapError.code, messages, hintValues) : null
  const secretError =
    swapFeedback && (swapFeedback.field === 'pin' || swapFeedback.field === 'passphrase')
      ? `${swapFeedback.what} ${swapFeedback.hint}`
      : undefined
  const panelError =
    swapFeedback && !secretError ? swapError : !amountFeedback && quoteError ? quoteError : null
  const panelFeedback = panelError
    ? walletErrorFeedback(panelError.code, messages, hintValues)
    : null

  const pending = swap.isPending
  const done = swap.isSuccess
  const locked = disabled || pending || done
  const canSwap = offer !== undefined && !quote.isExpired && !locked && !amountFeedback
  const state: SwapFormState = balances.isPending
    ? 'loading'
    : disabled || rows.length < 2
      ? 'disabled'
      : pending
        ? 'pending'
        : done
          ? 'success'
          : panelFeedback || amountFeedback
            ? 'error'
            : 'idle'

  function run(secret?: { pin?: string; passphrase?: string }) {
    if (!offer) return
    swap.mutate(
      { quote: offer, slippage, chainId, ...secret },
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

  function start() {
    const method = user?.authMethod
    if (method === 'PIN_KDF') setSecretKind('pin')
    else if (method === 'EMAIL') setSecretKind('passphrase')
    else run()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (done) {
      swap.reset()
      setAmountText('')
      setAnnounced('')
      return
    }
    if (!canSwap) {
      if (amountFeedback || !typedAmount) amountRef.current?.focus()
      return
    }
    if (swapError) swap.reset()
    start()
  }

  const tokenSelect = (which: 'sell' | 'buy') => {
    const current = which === 'sell' ? sell : buy
    return (
      <div className={part('field')} data-part="field" data-field={which}>
        <label htmlFor={`${id}-${which}`} className={part('label')} data-part="label">
          {which === 'sell' ? messages.sellLabel : messages.buyLabel}
        </label>
        <div data-part="token-row">
          {current ? (
            <TokenIcon symbol={current.token.symbol} className="ibex-swap-form__icon" />
          ) : null}
          <select
            id={`${id}-${which}`}
            className={joinTokens('ibex-select', part('select'))}
            data-part="select"
            value={current?.token.address ?? ''}
            disabled={locked || rows.length < 2}
            onChange={(event) => {
              const value = event.target.value
              // Picking the other side's token swaps the two, as a flip would.
              if (which === 'sell') {
                if (buy && same(value, buy.token.address)) setBuyChoice(sell?.token.address ?? '')
                setSellChoice(value)
              } else {
                if (sell && same(value, sell.token.address)) setSellChoice(buy?.token.address ?? '')
                setBuyChoice(value)
              }
              if (swapError) swap.reset()
            }}
          >
            {rows.map((row) => (
              <option key={`${row.wallet}:${row.token.address}`} value={row.token.address}>
                {formatMessage(signerMessages.tokenOption, {
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
        </div>
      </div>
    )
  }

  const figures = offer ? swapQuoteFigures(offer, slippage) : undefined
  const done_ = swap.data?.operation
  const successText =
    done_ && sell && buy
      ? formatMessage(messages.success, {
          sell: formatAmountText(
            done_.sellValue,
            offer?.sellTokenDecimals ?? sell.token.decimals,
            locale,
            messages,
            sell.token.symbol,
            'form',
          ),
          buy: formatAmountText(
            done_.buyValue,
            offer?.buyTokenDecimals ?? buy.token.decimals,
            locale,
            messages,
            buy.token.symbol,
            'form',
          ),
        })
      : undefined

  return (
    <form
      noValidate
      {...formProps}
      className={joinTokens('ibex-root ibex-wallet ibex-swap-form', classNames?.root, className)}
      data-part="root"
      data-state={state}
      aria-labelledby={`${id}-title`}
      aria-busy={pending || undefined}
      onSubmit={submit}
    >
      <p id={`${id}-title`} className={part('title')} data-part="title">
        {messages.title}
      </p>
      {tokenSelect('sell')}
      <div className={part('field')} data-part="field" data-field="amount">
        <label htmlFor={`${id}-amount`} className={part('label')} data-part="label">
          {messages.amountLabel}
        </label>
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
          aria-invalid={amountFeedback ? true : undefined}
          aria-describedby={amountFeedback ? `${id}-amount-error` : undefined}
          onChange={(event) => {
            setAmountText(event.target.value)
            if (swapError) swap.reset()
          }}
        />
        {amountFeedback ? (
          <p id={`${id}-amount-error`} className={part('fieldError')} data-part="field-error">
            {amountFeedback.what} {amountFeedback.hint}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        className={joinTokens('ibex-button', part('flip'))}
        data-part="flip"
        data-variant="ghost"
        aria-label={messages.flip}
        disabled={locked || !sell || !buy}
        onClick={() => {
          if (!sell || !buy) return
          setSellChoice(buy.token.address)
          setBuyChoice(sell.token.address)
        }}
      >
        <SwapIcon size={20} />
      </button>
      {tokenSelect('buy')}

      <div
        className={part('quote')}
        data-part="quote"
        data-state={
          offer ? (quote.isExpired ? 'expired' : 'ready') : quote.isFetching ? 'loading' : 'empty'
        }
        aria-busy={quote.isFetching || undefined}
      >
        {offer && buy && sell && figures ? (
          <dl data-part="figures">
            <div data-part="figure" data-figure="receive">
              <dt>{messages.buyLabel}</dt>
              <dd>
                {formatAmountText(
                  offer.buyValue,
                  offer.buyTokenDecimals,
                  locale,
                  messages,
                  buy.token.symbol,
                  'form',
                )}
              </dd>
            </div>
            <div data-part="figure" data-figure="rate">
              <dt>{messages.rateLabel}</dt>
              <dd>
                {`1\u00a0${sell.token.symbol} = ${numberFormatter(locale, {
                  maximumSignificantDigits: 6,
                  roundingMode: 'trunc',
                }).format(figures.rate)}\u00a0${buy.token.symbol}`}
              </dd>
            </div>
            <div data-part="figure" data-figure="minimum">
              <dt>{messages.minimumLabel}</dt>
              <dd>
                {formatAmountText(
                  figures.minimum,
                  offer.buyTokenDecimals,
                  locale,
                  messages,
                  buy.token.symbol,
                  'form',
                )}
              </dd>
            </div>
            <div data-part="figure" data-figure="provider">
              <dt>{messages.providerLabel}</dt>
              <dd>{offer.provider}</dd>
            </div>
          </dl>
        ) : (
          <p data-part="quote-placeholder">{quote.isFetching ? messages.quoting : '\u00a0'}</p>
        )}
        <p className={part('countdown')} data-part="countdown" data-quote-id={offer?.quoteId}>
          {offer
            ? quote.isExpired
              ? messages.expired
              : formatMessage(messages.expiresIn, { seconds: quote.secondsLeft }, locale)
            : '\u00a0'}
        </p>
        <p data-part="note">
          {formatMessage(messages.slippageNote, {
            slippage: numberFormatter(locale, {
              style: 'percent',
              maximumFractionDigits: 2,
            }).format(formatUnits(BigInt(Math.round(slippage * 100)), 4)),
          })}
        </p>
      </div>

      {secretKind && !done ? (
        <SignerPrompt
          className={part('signer')}
          kind={secretKind}
          locale={localeProp}
          messages={signerMessages}
          error={secretError}
          retryAt={swapError instanceof IbexPinThrottledError ? swapError.retryAt : undefined}
          pending={pending}
          onSubmit={(secret) =>
            run(secretKind === 'pin' ? { pin: secret } : { passphrase: secret })
          }
          onCancel={() => {
            swap.cancel()
            setSecretKind(null)
          }}
        />
      ) : null}

      {panelError && panelFeedback ? (
        <WalletErrorPanel
          className={part('error')}
          feedback={panelFeedback}
          code={panelError.code}
          retryLabel={messages.retry}
          onRetry={() => {
            if (panelError === quoteError) void quote.refetch()
            else {
              swap.reset()
              start()
            }
          }}
        />
      ) : null}

      <OperationProgress
        className={part('progress')}
        stage={swapError && !swapFeedback ? 'idle' : swap.stage}
        chainId={chainId}
        transactionHash={swap.data?.transactionHash}
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
          aria-disabled={(!done && !canSwap) || undefined}
        >
          {pending ? <Spinner /> : null}
          {done ? messages.again : messages.submit}
        </button>
      )}
      <LiveRegion polite={pending || done ? '' : polite} />
    </form>
  )
}
