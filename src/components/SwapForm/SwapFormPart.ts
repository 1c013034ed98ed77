import type { WalletFormState } from '../internal/form/walletFormState.ts'

/** What `data-state` of a `SwapForm` says: `loading | idle | disabled | pending | success | error`. */
export type SwapFormState = WalletFormState

/** Parts of a `SwapForm`, for `classNames`. */
export type SwapFormPart =
  | 'root'
  | 'title'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'flip'
  | 'quote'
  | 'countdown'
  | 'hint'
  | 'fieldError'
  | 'submit'
  | 'signer'
  | 'progress'
  | 'error'
