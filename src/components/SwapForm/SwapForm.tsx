'use client'
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { flattenBalances } from '../../core/parse/flattenBalances.ts'
import { useBalances } from '../../react/hooks/useBalances.ts'
import { useSession } from '../../react/hooks/useSession.ts'
import { useSwap } from '../../react/hooks/useSwap.ts'
import { useSwapQuote } from '../../react/hooks/useSwapQuote.ts'
import { parseLocaleAmount } from '../internal/format/parseLocaleAmount.ts'
import { AmountField } from '../internal/form/AmountField.tsx'
import { amountHintValues } from '../internal/form/amountHintValues.ts'
import { amountProblem } from '../internal/form/amountProblem.ts'
import { fieldParts } from '../internal/form/fieldParts.ts'
import { footerParts } from '../internal/form/footerParts.ts'
import { OperationFormFooter } from '../internal/form/OperationFormFooter.tsx'
import { TokenField } from '../internal/form/TokenField.tsx'
import { walletFormState } from '../internal/form/walletFormState.ts'
import { useOperationSigning } from '../internal/form/useOperationSigning.ts'
import { SwapIcon } from '../internal/icons/SwapIcon.tsx'
import { joinTokens } from '../internal/joinTokens.ts'
import { LiveRegion } from '../internal/LiveRegion.tsx'
import { resolveWalletMessages } from '../internal/messages/wallet/resolveWalletMessages.ts'
import { useWalletLocale } from '../internal/useWalletLocale.ts'
import { partClass } from '../internal/WalletClassNames.ts'
import type { SwapFormPart, SwapFormState } from './SwapFormPart.ts'
import type { SwapFormProps } from './SwapFormProps.ts'
import { SwapQuoteSummary } from './SwapQuoteSummary.tsx'
import { swapSuccessText } from './swapSuccessText.ts'
import { swapFormFeedback } from './swapFormFeedback.ts'
import { swapQuoteAnnouncement } from './swapQuoteAnnouncement.ts'
import { useChangeAnnouncement } from './useChangeAnnouncement.ts'
import { useDebouncedValue } from './useDebouncedValue.ts'

export type { SwapFormPart, SwapFormState } from './SwapFormPart.ts'
export type { SwapFormProps } from './SwapFormProps.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * Swaps one token of the user's Safe for another: what to pay and what to receive (with their
 * balances), the amount in the locale's notation, then the live quote: what is received, the
 * rate, the minimum received after the tolerated price change, the route and a countdown; the
 * quote is asked for again before it expires (announced only when the price changes, or once
 * when it expired). "Swap" executes the quote on screen through the session's signer (the
 * same signing step as `TransferForm`: passkey, PIN, passphrase and emailed code, or the
 * app's wallet `signer`), with the operation's progress and explorer link. Built on
 * `useSwapQuote`, `useSwap` and `useBalances`. `data-state` is
 * `loading | idle | disabled | pending | success | error`.
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
    signer,
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
  // The signing step's and token options' strings are shared with TransferForm's catalogue.
  const messages = {
    ...resolveWalletMessages('transferForm', locale),
    ...resolveWalletMessages('swapForm', locale, overrides),
  }
  const id = useId()
  const { user } = useSession()
  const chainId = chainIdProp ?? user?.chainId
  const balances = useBalances({ chainId, query: { select: flattenBalances } })
  const rows = balances.data ?? []
  const [sellChoice, setSellChoice] = useState<string>(defaultValues?.sellToken ?? '')
  const [buyChoice, setBuyChoice] = useState<string>(defaultValues?.buyToken ?? '')
  const [amountText, setAmountText] = useState(defaultValues?.amount ?? '')
  const amountRef = useRef<HTMLInputElement>(null)
  const part = (name: SwapFormPart) => partClass('ibex-swap-form', name, classNames)
  const fieldClassNames = fieldParts(part)

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
  const signing = useOperationSigning({
    mutate: (inputs, callbacks) => {
      if (offer) swap.mutate({ quote: offer, slippage, chainId, ...inputs }, callbacks)
    },
    signer,
    messages,
    onSuccess,
    onError,
  })

  const [polite, resetPolite] = useChangeAnnouncement(
    swapQuoteAnnouncement(offer, buy, quote.isExpired, locale, messages),
  )

  const swapError = swap.error
  const { amountFeedback, swapFeedback, panelError, panelFeedback } = swapFormFeedback({
    localProblem: parsed && sell ? amountProblem(parsed, sell.balanceBaseUnits, true) : undefined,
    quoteError: quote.error,
    swapError,
    messages,
    hintValues: amountHintValues(sell, locale, messages),
  })

  const pending = swap.isPending
  const done = swap.isSuccess
  const locked = disabled || pending || done
  const canSwap =
    offer !== undefined && !quote.isExpired && !locked && !amountFeedback && !signing.walletMissing
  const state: SwapFormState = walletFormState({
    loading: balances.isPending,
    disabled: disabled || rows.length < 2 || signing.walletMissing,
    pending,
    done,
    failed: Boolean(panelFeedback || amountFeedback),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (done) {
      swap.reset()
      setAmountText('')
      resetPolite()
      return
    }
    if (!canSwap) {
      if (amountFeedback || !typedAmount) amountRef.current?.focus()
      return
    }
    if (swapError) swap.reset()
    signing.start()
  }

  function chooseToken(which: 'sell' | 'buy', value: string) {
    // Picking the other side's token swaps the two, as a flip would.
    if (which === 'sell') {
      if (buy && same(value, buy.token.address)) setBuyChoice(sell?.token.address ?? '')
      setSellChoice(value)
    } else {
      if (sell && same(value, sell.token.address)) setSellChoice(buy?.token.address ?? '')
      setBuyChoice(value)
    }
    if (swapError) swap.reset()
  }

  const tokenField = (which: 'sell' | 'buy') => (
    <TokenField
      id={id}
      name={which}
      label={which === 'sell' ? messages.sellLabel : messages.buyLabel}
      rows={rows}
      current={which === 'sell' ? sell : buy}
      disabled={locked || rows.length < 2}
      locale={locale}
      messages={messages}
      iconClassName="ibex-swap-form__icon"
      classNames={fieldClassNames}
      onChange={(value) => chooseToken(which, value)}
    />
  )
  const successText = swapSuccessText(swap.data?.operation, offer, sell, buy, locale, messages)
  const amountError = amountFeedback ? `${amountFeedback.what} ${amountFeedback.hint}` : undefined

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
      {tokenField('sell')}
      <AmountField
        id={id}
        inputRef={amountRef}
        label={messages.amountLabel}
        value={amountText}
        onValueChange={(value) => {
          setAmountText(value)
          if (swapError) swap.reset()
        }}
        locked={locked}
        locale={locale}
        error={amountError}
        classNames={fieldClassNames}
      />
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
      {tokenField('buy')}

      <SwapQuoteSummary
        offer={offer}
        sell={sell}
        buy={buy}
        isExpired={quote.isExpired}
        isFetching={quote.isFetching}
        secondsLeft={quote.secondsLeft}
        slippage={slippage}
        locale={locale}
        messages={messages}
        part={part}
      />

      <OperationFormFooter
        operation={swap}
        signing={signing}
        operationFeedback={swapFeedback}
        panel={
          panelError && panelFeedback
            ? {
                error: panelError,
                feedback: panelFeedback,
                onRetry: () => {
                  if (panelError === quote.error) void quote.refetch()
                  else {
                    swap.reset()
                    signing.start()
                  }
                },
              }
            : null
        }
        chainId={chainId}
        locale={localeProp}
        messages={messages}
        successText={successText}
        refused={!done && !canSwap}
        classNames={footerParts(part)}
      />
      <LiveRegion polite={pending || done ? '' : polite} />
    </form>
  )
}
