import type { IbexUserData } from '../core/parse/IbexUserData.ts'
import { parseUserData } from '../core/parse/parseUserData.ts'
import { readSignInBlock } from './readSignInBlock.ts'

/**
 * The `userdata` block of an enriched sign-in as `useUserData()` caches it, or `undefined` when
 * it cannot be read.
 *
 * @example
 * const data = signInSeedUserData(result.enrichment?.userdata)
 */
export function signInSeedUserData(block: unknown): IbexUserData | undefined {
  return readSignInBlock(() =>
    parseUserData(block, { endpoint: 'POST /v1.2/auth/sign-in (userdata)' }),
  )
}
