import { IbexHttpError } from '../../errors/IbexHttpError.ts'

/**
 * Whether `error` is IBEx's "this wallet is not indexed yet" (docs/protocol.md): a 404 of
 * `GET /users/me/pools`. IBEx has then started indexing, so the same read succeeds a few seconds
 * later; the kit's positions query retries it (see `ibexQueryPolicies`).
 *
 * @example
 * if (isNotIndexedError(error)) showIndexingNotice()
 */
export function isNotIndexedError(error: unknown): error is IbexHttpError {
  return (
    error instanceof IbexHttpError &&
    error.status === 404 &&
    error.endpoint === 'GET /v1.2/users/me/pools'
  )
}
