import type { ComponentPropsWithRef } from 'react'
import type { Address } from 'viem'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { OperationTrackingOptions } from '../../core/operations/OperationTrackingOptions.ts'
import type { OperationWalletSigner } from '../../core/operations/OperationSignerInput.ts'
import type { SwapData } from '../../react/hooks/useSwap.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'
import type {
  SwapFormMessages,
  WalletCommonMessages,
} from '../internal/messages/wallet/WalletMessages.ts'
import type { WalletClassNames } from '../internal/WalletClassNames.ts'
import type { SwapFormPart } from './SwapFormPart.ts'

/** Props of `SwapForm`. Other `<form>` props go to the root. */
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
  /**
   * Users signed in with an external wallet (EIP-7702): the connected wallet, which signs the
   * swap in its own prompt. Without it, such users see that a wallet must be connected.
   * With wagmi, `useWagmiSigner()` from `ibex-react/wagmi`.
   * @example
   * const signer = useWagmiSigner()
   * <SwapForm signer={signer} />
   */
  signer?: OperationWalletSigner | undefined
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
