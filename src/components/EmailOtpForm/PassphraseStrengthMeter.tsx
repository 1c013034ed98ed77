'use client'
import type { ReactNode } from 'react'
import type { PassphraseHint, PassphraseStrength } from '../../core/email/passphraseStrength.ts'
import { formatMessage } from '../internal/messages/formatMessage.ts'
import type { EmailOtpFormMessages } from '../internal/messages/IbexMessages.ts'

/** Props of {@link PassphraseStrengthMeter}. */
export interface PassphraseStrengthMeterProps {
  /** From `passphraseStrength(passphrase, minLength)`. */
  strength: PassphraseStrength
  /** Shortest passphrase accepted, for the `too-short` advice. */
  minLength: number
  /** The resolved `emailOtpForm` strings. */
  messages: EmailOtpFormMessages
  /** Id of the advice text, for the input's `aria-describedby`. */
  textId: string
}

const HINT_KEY = {
  'too-short': 'hintTooShort',
  common: 'hintCommon',
  repeated: 'hintRepeated',
  sequence: 'hintSequence',
  'add-variety': 'hintAddVariety',
  'add-length': 'hintAddLength',
  strong: 'hintStrong',
} as const satisfies Record<PassphraseHint, keyof EmailOtpFormMessages>

const SCORE_KEY = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'] as const

/**
 * The strength of a new passphrase: a `role="meter"` of 4 bars (score 0–4, its name as
 * `aria-valuetext`) and one line of advice, tied to the input by the caller. Advice only:
 * `validatePassphrase` decides what is accepted.
 *
 * @example
 * <PassphraseStrengthMeter strength={passphraseStrength(value)} minLength={8} messages={messages} textId={hintId} />
 */
export function PassphraseStrengthMeter(props: PassphraseStrengthMeterProps): ReactNode {
  const { strength, minLength, messages, textId } = props
  const name = messages[SCORE_KEY[strength.score]]
  const hint = formatMessage(messages[HINT_KEY[strength.hint]], { minLength })
  return (
    <div className="ibex-email-step__strength" data-ibex-strength="" data-score={strength.score}>
      <div
        role="meter"
        className="ibex-email-step__meter"
        aria-label={messages.strengthLabel}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength.score}
        aria-valuetext={name}
      >
        {[1, 2, 3, 4].map((bar) => (
          <span
            key={bar}
            className="ibex-email-step__meter-bar"
            data-on={bar <= strength.score ? '' : undefined}
          />
        ))}
      </div>
      <p id={textId} className="ibex-email-step__strength-text">
        {formatMessage(messages.strengthText, { strength: name, hint })}
      </p>
    </div>
  )
}
