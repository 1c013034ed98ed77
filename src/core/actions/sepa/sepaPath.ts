import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * `base/:id` with the id URL-encoded; an id that is not non-empty text is refused before any
 * request (`validation/id-required`), naming `what` it should be.
 *
 * @endpoint none (a helper of the SEPA actions)
 * @example
 * sepaPath('/v1.2/sepa/mandates', id, 'a mandate') // '/v1.2/sepa/mandates/m-1'
 */
export function sepaPath(base: string, id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/id-required',
      field: 'id',
      message: `\`id\` must be the id of ${what}.`,
    })
  }
  return `${base}/${encodeURIComponent(id)}`
}
