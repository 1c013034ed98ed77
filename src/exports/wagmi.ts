// Public API of `ibex-react/wagmi`: EIP-7702 sign-up/sign-in with the app's wagmi config, the
// delegation state and its activation, and <WalletButton>. The only entry that imports wagmi
// (an optional peer): apps that never import it never bundle it. Named re-exports only.
export { IbexWalletError, type IbexWalletErrorCode } from '../core/errors/IbexWalletError.ts'
export type { Eip7702Signer } from '../core/ceremonies/CeremonyTypes.ts'
// Signer adapter
export { useWagmiSigner, type UseWagmiSignerParameters } from '../react/wagmi/useWagmiSigner.ts'
export { wagmiSignerOf, type WagmiConnection } from '../react/wagmi/signer/wagmiSignerOf.ts'
export type { WagmiSigner } from '../react/wagmi/signer/WagmiSigner.ts'
// Sign-up / sign-in
export {
  useWalletSignUp,
  type UseWalletSignUpParameters,
  type UseWalletSignUpReturnType,
} from '../react/wagmi/useWalletSignUp.ts'
export {
  useWalletSignIn,
  type UseWalletSignInParameters,
  type UseWalletSignInReturnType,
} from '../react/wagmi/useWalletSignIn.ts'
export {
  walletSignUpMutationOptions,
  type WalletSignUpMutationOptionsParameters,
  type WalletSignUpVariables,
} from '../react/wagmi/walletSignUpMutationOptions.ts'
export {
  walletSignInMutationOptions,
  type WalletSignInMutationOptionsParameters,
  type WalletSignInVariables,
} from '../react/wagmi/walletSignInMutationOptions.ts'
// Delegation (EIP-7702 activation)
export {
  useDelegationStatus,
  type UseDelegationStatusParameters,
  type UseDelegationStatusReturnType,
} from '../react/wagmi/useDelegationStatus.ts'
export {
  useActivateDelegation,
  type UseActivateDelegationParameters,
  type UseActivateDelegationReturnType,
} from '../react/wagmi/useActivateDelegation.ts'
export type { DelegationState } from '../react/wagmi/delegation/DelegationState.ts'
export { delegationQueryKey } from '../react/wagmi/delegation/delegationQueryKey.ts'
export {
  delegationStatusQueryOptions,
  type DelegationStatusQueryOptionsParameters,
} from '../react/wagmi/delegation/delegationStatusQueryOptions.ts'
export {
  activateDelegationMutationOptions,
  type ActivateDelegationMutationOptionsParameters,
  type ActivateDelegationVariables,
} from '../react/wagmi/delegation/activateDelegationMutationOptions.ts'
// Component
export {
  WalletButton,
  type WalletButtonProps,
  type WalletButtonState,
} from '../components/WalletButton/WalletButton.tsx'
export type { WalletButtonMessages } from '../components/internal/messages/IbexMessages.ts'
