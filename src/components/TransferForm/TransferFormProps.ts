import type { ComponentPropsWithRef } from 'react'
import type { Address } from 'viem'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { OperationTrackingOptions } from '../../core/operations/OperationTrackingOptions.ts'
import type { OperationWalletSigner } from '../../core/operations/OperationSignerInput.ts'
import type { TransferData } from '../../react/hooks/useTransfer.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  TransferFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import type { WalletClassNames } from '../internal/WalletClassNames.ts'
import type { TransferFormPart } from './TransferFormPart.ts'

/** Props of `TransferForm`. Other `<form>` props go to the root. */
export interface TransferFormProps extends Omit<
  ComponentPropsWithRef<'form'>,
  'children' | 'onSubmit' | 'onError'
> {
  /** The chain to send on; the session's by default. */
  chainId?: number | undefined
  /** Values the form starts with (a "pay this person" link, a story). */
  defaultValues?: { to?: string; token?: Address; amount?: string } | undefined
  /**
   * Offers the user's saved contacts (`useAddressBook`) with an address on the chain, in a list
   * under the recipient; a typed address is still accepted.
   * @default true
   */
  contacts?: boolean
  /**
   * Users signed in with an external wallet (EIP-7702): the connected wallet, which signs the
   * transfer in its own prompt. Without it, such users see that a wallet must be connected.
   * With wagmi, `useWagmiSigner()` from `ibex-react/wagmi`.
   * @example
   * const signer = useWagmiSigner()
   * <TransferForm signer={signer} />
   */
  signer?: OperationWalletSigner | undefined
  /**
   * Shows the note that the network fee is paid for the user (IBEx sponsors Safe operations).
   * @default true
   */
  sponsoredFee?: boolean
  /** Disables the whole form. */
  disabled?: boolean
  /** How long and how often the operation is followed after it is sent (`useTransfer`'s). */
  tracking?: OperationTrackingOptions | undefined
  /** Called once the transfer is confirmed (or still pending when tracking stopped). */
  onSuccess?: ((data: TransferData) => void) | undefined
  /** Called when it failed (not for a closed passkey prompt). */
  onError?: ((error: IbexError) => void) | undefined
  /** Language of the strings and numbers; `<IbexProvider locale>` when left out. */
  locale?: IbexLocale
  /** Overrides of single strings. */
  messages?: Partial<TransferFormMessages & WalletCommonMessages>
  /** Classes per part, beside the kit's `ibex-transfer-form__<part>`. */
  classNames?: WalletClassNames<TransferFormPart>
}
