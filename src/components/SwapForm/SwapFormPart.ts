/** What `data-state` of a `SwapForm` says. */
export type SwapFormState = 'loading' | 'idle' | 'disabled' | 'pending' | 'success' | 'error'

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
