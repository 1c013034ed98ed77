/** What `data-state` of a `TransferForm` says. */
export type TransferFormState = 'loading' | 'idle' | 'disabled' | 'pending' | 'success' | 'error'

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
