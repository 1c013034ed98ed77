'use client'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useRetryCountdown } from '../../react/hooks/useRetryCountdown.ts'
import { digitsOnly } from '../internal/digitsOnly.ts'
import { entryState, type EntryState } from '../internal/entryState.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { PinPadMessages } from '../internal/messages/IbexMessages.ts'
import { resolveErrorText } from '../internal/resolveErrorText.ts'
import { useControllableState } from '../internal/useControllableState.ts'

/** Which entry the pad is collecting: the PIN, or (in `confirm` mode) the PIN again. */
export type PinPadStep = 'enter' | 'confirm'

/** Parameters of {@link usePinPad}; see `PinPadProps` for each one's meaning. */
export interface UsePinPadParameters {
  length: number
  value?: string | undefined
  defaultValue?: string | undefined
  onValueChange?: ((value: string) => void) | undefined
  onComplete?: ((pin: string) => void) | undefined
  confirm: boolean
  submitKey: boolean
  disabled: boolean
  pending: boolean
  error?: string | boolean | undefined
  retryAt?: number | undefined
  messages: PinPadMessages
}

/** Return type of {@link usePinPad}. */
export interface UsePinPadReturnType {
  /** The digits of the current entry (render them only when revealed). */
  entry: string
  /**
   * How many slots show as filled: the entry's length, or all of them once the PIN was handed
   * to `onComplete` (the digits themselves are gone by then).
   */
  filled: number
  step: PinPadStep
  state: EntryState
  /** Text of the current error, if any (shown and referenced by `aria-describedby`). */
  errorText: string | undefined
  /**
   * Text of the assertive live region: the error, except during a `retryAt` wait, where it keeps
   * the count it started with so that the ticking countdown is announced once.
   */
  alertText: string | undefined
  /** Text of the polite live region: progress, pending or "try again", never a digit of the PIN. */
  politeText: string
  /** Seconds left before `retryAt`, `0` when there is no wait. */
  retrySeconds: number
  /** True while keys must refuse input (`disabled`, `pending` or a `retryAt` wait). */
  blocked: boolean
  pressDigit: (digit: string) => void
  pressDelete: () => void
  submit: () => void
  /** Physical keyboard: digits, Backspace/Delete, and Enter when the pad itself has focus. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

/**
 * The behaviour of `PinPad` without its markup: entry, confirm step, completion, keyboard and
 * what to announce. The first entry of `confirm` mode lives in a ref, never in state or the DOM.
 * Once the PIN is handed to `onComplete` the pad forgets it (entry and ref cleared, so React
 * DevTools shows none) and only shows its slots filled; Delete (or a new `error`) starts afresh.
 * A new `error` or `retryAt` clears the entry and starts over from the first entry, so that the
 * user can type again at once (controlled pads are told through `onValueChange('')`).
 *
 * @example
 * const pad = usePinPad({ length: 6, confirm: false, submitKey: false, disabled: false, pending: false, messages })
 * <button type="button" onClick={() => pad.pressDigit('1')}>1</button>
 */
export function usePinPad(parameters: UsePinPadParameters): UsePinPadReturnType {
  const { length, confirm, submitKey, disabled, pending, error, retryAt, messages } = parameters
  const [value, setValue] = useControllableState({
    prop: parameters.value,
    defaultProp: parameters.defaultValue ?? '',
    onChange: parameters.onValueChange,
    caller: 'PinPad',
  })
  const [step, setStep] = useState<PinPadStep>('enter')
  const [mismatch, setMismatch] = useState(false)
  const firstEntry = useRef<string | null>(null)
  const [handedOver, setHandedOver] = useState(false)

  const retrySeconds = useRetryCountdown(retryAt)
  const waiting = retrySeconds > 0
  // The count a wait started with: the assertive region says it once, the visible text ticks.
  const [waitStart, setWaitStart] = useState<{ retryAt: number; seconds: number } | null>(null)
  if (waiting && retryAt !== undefined && waitStart?.retryAt !== retryAt) {
    setWaitStart({ retryAt, seconds: retrySeconds })
  }

  const entry = digitsOnly(value, length)
  const blocked = disabled || pending || waiting

  function handOver(pin: string) {
    firstEntry.current = null
    setHandedOver(true)
    setValue('')
    parameters.onComplete?.(pin)
  }

  /** After a hand-over, Delete starts a new entry (from the first one, in confirm mode). */
  function startAfresh() {
    setHandedOver(false)
    if (confirm) setStep('enter')
  }

  function complete(pin: string) {
    if (!confirm) {
      handOver(pin)
      return
    }
    if (step === 'enter') {
      firstEntry.current = pin
      setStep('confirm')
      setValue('')
      return
    }
    if (pin === firstEntry.current) {
      handOver(pin)
      return
    }
    firstEntry.current = null
    setStep('enter')
    setMismatch(true)
    setValue('')
  }

  function pressDigit(digit: string) {
    // A handed-over PIN fills the pad: digits wait for Delete (or a new error) to start afresh.
    if (blocked || handedOver || entry.length >= length) return
    const next = entry + digit
    setMismatch(false)
    setWaitStart(null)
    setValue(next)
    if (next.length === length && !submitKey) complete(next)
  }

  function pressDelete() {
    if (blocked) return
    if (handedOver) return startAfresh()
    if (entry.length === 0) return
    setValue(entry.slice(0, -1))
  }

  function submit() {
    if (blocked || entry.length !== length) return
    complete(entry)
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const handled = () => {
      event.preventDefault()
      // A key the pad used is the pad's: page-wide shortcuts (an app's, Storybook's "1"/"2"/"3")
      // listening on document must not act on it too.
      event.stopPropagation()
    }
    if (/^[0-9]$/.test(event.key)) {
      handled()
      pressDigit(event.key)
    } else if (event.key === 'Backspace' || event.key === 'Delete') {
      handled()
      pressDelete()
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      // On a focused key, Enter keeps its native meaning (press that key).
      handled()
      submit()
    }
  }

  const appErrorText = resolveErrorText(error, messages.error)
  // A failure reported by the app (a new error text, or a new wait) clears the entry.
  const failure = waiting ? `retry:${retryAt}` : appErrorText
  const [seenFailure, setSeenFailure] = useState<string | undefined>(undefined)
  if (failure !== seenFailure) {
    setSeenFailure(failure)
    if (failure !== undefined) {
      setStep('enter')
      setHandedOver(false)
    }
  }
  // The digits go in an effect: a controlled pad tells its parent, which must not happen while
  // rendering. Only when the failure itself changes, not on every render that still shows it.
  const clearedFor = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (failure === clearedFor.current) return
    clearedFor.current = failure
    if (failure === undefined) return
    firstEntry.current = null
    setValue('')
  }, [failure, setValue])

  const errorText = waiting
    ? formatMessage(messages.throttled, { seconds: retrySeconds })
    : (appErrorText ?? (mismatch ? messages.mismatch : undefined))
  const alertText =
    waiting && waitStart && waitStart.retryAt === retryAt
      ? formatMessage(messages.throttled, { seconds: waitStart.seconds })
      : errorText

  const filled = handedOver ? length : entry.length
  const state = entryState({
    disabled,
    pending,
    invalid: errorText !== undefined,
    count: filled,
    length,
  })

  let politeText: string
  if (pending) politeText = messages.pending
  else if (waitStart && !waiting && entry.length === 0) politeText = messages.retryReady
  else if (step === 'confirm' && entry.length === 0) politeText = messages.confirmPrompt
  else politeText = formatMessage(messages.digitsEntered, { count: filled, length })

  return {
    entry,
    filled,
    step,
    state,
    errorText,
    alertText,
    politeText,
    retrySeconds,
    blocked,
    pressDigit,
    pressDelete,
    submit,
    onKeyDown,
  }
}
