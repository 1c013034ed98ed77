import type { IbexLocale } from './messages/IbexMessages.ts'

/**
 * Props shared by the components that collect a code of `length` digits (`PinPad`,
 * `OtpInput`), controlled (`value` + `onValueChange`) or uncontrolled (`defaultValue`).
 *
 * @example
 * export interface PinPadProps extends CodeEntryProps<PinPadMessages> { confirm?: boolean }
 */
export interface CodeEntryProps<messages> {
  /**
   * Number of digits, from 4 to 8; any other value throws an `IbexValidationError`.
   * @default 6
   */
  length?: number
  /** The digits entered so far (controlled). Leave `undefined` for uncontrolled use. */
  value?: string
  /**
   * The digits at mount (uncontrolled).
   * @default ''
   */
  defaultValue?: string
  /** Called with the digits after every change (typing, deleting, pasting, resetting). */
  onValueChange?: (value: string) => void
  /**
   * An error to show and announce: a string is shown as is, `true` shows the default message.
   * Sets `aria-invalid` and links the text with `aria-describedby`.
   * @default false
   */
  error?: string | boolean
  /**
   * Language of the built-in strings.
   * @default the `<IbexProvider locale>`, else 'en'
   */
  locale?: IbexLocale
  /** Overrides of single built-in strings; `{name}` placeholders are filled in. */
  messages?: Partial<messages>
}
