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
export { SignIn, type SignInProps } from '../components/SignIn/SignIn.tsx'
export { SignUp, type SignUpProps } from '../components/SignUp/SignUp.tsx'
export type { AuthCardPart, AuthCardProps, AuthCardView } from '../components/SignIn/AuthCard.tsx'
export type { AuthMethod, AuthWalletButton } from '../components/SignIn/AuthMethod.ts'
export type { SignInMessages } from '../components/internal/messages/signInMessages.ts'
export {
  AccountMenu,
  type AccountMenuPart,
  type AccountMenuProps,
} from '../components/AccountMenu/AccountMenu.tsx'
export type { AccountMenuMessages } from '../components/internal/messages/accountMenuMessages.ts'
export {
  BalanceList,
  type BalanceListProps,
  type BalanceListState,
  type BalanceListPart,
  type BalanceListToken,
} from '../components/BalanceList/BalanceList.tsx'
export {
  TransferForm,
  type TransferFormProps,
  type TransferFormState,
  type TransferFormPart,
} from '../components/TransferForm/TransferForm.tsx'
export {
  SwapForm,
  type SwapFormProps,
  type SwapFormState,
  type SwapFormPart,
} from '../components/SwapForm/SwapForm.tsx'
export {
  TransactionList,
  type TransactionListProps,
  type TransactionListState,
  type TransactionListPart,
} from '../components/TransactionList/TransactionList.tsx'
export {
  OperationProgress,
  type OperationProgressProps,
  type OperationProgressState,
  type OperationProgressPart,
} from '../components/OperationProgress/OperationProgress.tsx'
export type {
  OperationStep,
  OperationStepStatus,
} from '../components/OperationProgress/operationSteps.ts'
export type { WalletClassNames } from '../components/internal/WalletClassNames.ts'
export type {
  BalanceListMessages,
  OperationProgressMessages,
  SwapFormMessages,
  TransactionListMessages,
  TransferFormMessages,
  WalletCommonMessages,
} from '../components/internal/messages/wallet/WalletMessages.ts'
