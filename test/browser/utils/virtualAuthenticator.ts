import { createPrivateKey } from 'node:crypto'
import type { Page } from 'playwright-core'
import {
  addVirtualAuthenticator as addKitAuthenticator,
  type VirtualAuthenticatorHandle,
} from '../../../src/exports/testing.ts'
import { keyForms } from './keyForms.ts'

/** The kit's virtual authenticator (`ibex-react/testing`), plus what the secret checks need. */
export type VirtualAuthenticator = VirtualAuthenticatorHandle & {
  /**
   * Every written form of the private keys of the credentials it holds: the PKCS#8 DER as
   * Chromium reports it (base64), and the raw P-256 scalar in each form of `keyForms`.
   */
  privateKeyForms(): Promise<string[]>
}

/**
 * Adds Chromium's virtual authenticator with the kit's own `addVirtualAuthenticator` (CDP
 * WebAuthn: resident keys, user verification and PRF, approving every prompt), and reads the
 * private keys of its credentials for the "no secret leaves the browser" checks.
 *
 * @example
 * const authenticator = await addVirtualAuthenticator(page)
 * const secrets = await authenticator.privateKeyForms()
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const handle = await addKitAuthenticator(page)
  return {
    ...handle,
    async privateKeyForms() {
      const credentials = await handle.credentials()
      return credentials.flatMap(({ privateKey }) => {
        const der = Buffer.from(privateKey, 'base64')
        const jwk = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({
          format: 'jwk',
        })
        return [
          privateKey,
          der.toString('base64url'),
          ...keyForms(Buffer.from(String(jwk.d), 'base64url')),
        ]
      })
    },
  }
}
