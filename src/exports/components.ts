// Public API of `ibex-react/components`. Named re-exports only.
export { PinPad, type PinPadProps } from '../components/PinPad/PinPad.tsx'
export { OtpInput, type OtpInputProps } from '../components/OtpInput/OtpInput.tsx'
export type {
  IbexLocale,
  IbexMessages,
  OtpInputMessages,
  PasskeyButtonMessages,
  PinPadMessages,
} from '../components/internal/messages/IbexMessages.ts'
export {
  PasskeyButton,
  type PasskeyButtonProps,
  type PasskeyButtonState,
} from '../components/PasskeyButton/PasskeyButton.tsx'
