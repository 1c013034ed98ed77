import { createPrivateKey } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { keyForms } from './keyForms.ts'

/** A CDP virtual authenticator attached to one page. */
export type VirtualAuthenticator = {
  /**
   * Every written form of the private keys of the credentials it holds: the PKCS#8 DER as
   * Chromium reports it (base64), and the raw P-256 scalar in each form of `keyForms`.
   */
  privateKeyForms(): Promise<string[]>
}

/**
 * Adds Chromium's virtual authenticator (CDP WebAuthn) to `page`: a platform authenticator with
 * resident keys, user verification and PRF, that approves every prompt by itself. Real
 * passkeys: the mock verifies them with @simplewebauthn/server.
 *
 * @example
 * const authenticator = await addVirtualAuthenticator(context, page)
 * const secrets = await authenticator.privateKeyForms()
 */
export async function addVirtualAuthenticator(
  context: BrowserContext,
  page: Page,
): Promise<VirtualAuthenticator> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      hasPrf: true,
    },
  })
  return {
    async privateKeyForms() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
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
