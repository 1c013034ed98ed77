/**
 * The class names of a wallet form's footer parts, from the form's `part()`.
 *
 * @example
 * <OperationFormFooter classNames={footerParts(part)} … />
 */
export function footerParts(part: (name: 'signer' | 'error' | 'progress' | 'submit') => string): {
  signer: string
  error: string
  progress: string
  submit: string
} {
  return {
    signer: part('signer'),
    error: part('error'),
    progress: part('progress'),
    submit: part('submit'),
  }
}
