import type { WalletFormState } from '../internal/form/walletFormState.ts'

/** What `data-state` of a `TransferForm` says: `loading | idle | disabled | pending | success | error`. */
export type TransferFormState = WalletFormState

/** Parts of a `TransferForm`, for `classNames`. */
export type TransferFormPart =
  | 'root'
  | 'title'
  | 'field'
  | 'label'
  | 'input'
  | 'select'
  | 'max'
  | 'hint'
  | 'fieldError'
  | 'note'
  | 'submit'
  | 'signer'
  | 'progress'
  | 'error'
  | 'contactsToggle'
  | 'contacts'
  | 'contact'
