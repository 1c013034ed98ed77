import { IbexError } from '../core/errors/IbexError.ts'

/**
 * Runs a sign-in block's reader: `undefined` when the block cannot be read (the query then
 * fetches), any other error rethrown.
 *
 * @example
 * const data = readSignInBlock(() => parseUserData(block, { endpoint }))
 */
export function readSignInBlock<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch (error) {
    if (error instanceof IbexError) return undefined
    throw error
  }
}
