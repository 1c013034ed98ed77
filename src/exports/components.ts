// Public API of `ibex-react/components`. Named re-exports only.
export { PinPad, type PinPadProps } from '../components/PinPad/PinPad.tsx'
export { OtpInput, type OtpInputProps } from '../components/OtpInput/OtpInput.tsx'
export type {
  EmailOtpFormMessages,
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
export {
  EmailOtpForm,
  type EmailOtpFormProps,
  type EmailOtpFormState,
  type EmailOtpFormStep,
} from '../components/EmailOtpForm/EmailOtpForm.tsx'
export {
  EmailAddressStep,
  type EmailAddressStepProps,
} from '../components/EmailOtpForm/EmailAddressStep.tsx'
export {
  EmailCodeStep,
  type EmailCodeStepProps,
} from '../components/EmailOtpForm/EmailCodeStep.tsx'
export {
  EmailPassphraseStep,
  type EmailPassphraseStepProps,
} from '../components/EmailOtpForm/EmailPassphraseStep.tsx'
