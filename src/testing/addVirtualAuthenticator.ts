/**
 * The part of a Playwright `CDPSession` used here (structural, so `@playwright/test` stays an
 * optional peer and `playwright-core` pages work too).
 */
export type IbexCdpSession = {
  send(method: string, params?: object): Promise<unknown>
  detach(): Promise<void>
}

/** The part of a Playwright `Page` used here. */
export type IbexPlaywrightPage = {
  context(): { newCDPSession(page: never): Promise<IbexCdpSession> }
}

/** Options of {@link addVirtualAuthenticator}. */
export type AddVirtualAuthenticatorOptions = {
  /** Supports the PRF extension (passkey-derived keys). Default true. */
  prf?: boolean | undefined
  /** Verifies the user (biometrics/PIN) on every prompt. Default true. */
  userVerified?: boolean | undefined
}

/** A passkey held by the virtual authenticator (CDP `WebAuthn.Credential`). */
export type VirtualCredential = {
  credentialId: string
  rpId?: string
  userHandle?: string
  /** PKCS#8 DER, base64. */
  privateKey: string
  signCount: number
  isResidentCredential: boolean
}

/** What {@link addVirtualAuthenticator} returns. */
export type VirtualAuthenticatorHandle = {
  /** CDP id of the authenticator. */
  authenticatorId: string
  /** The passkeys it holds now. */
  credentials(): Promise<VirtualCredential[]>
  /** Forgets one passkey (the user deleted it): the next sign-in with it fails. */
  removeCredential(credentialId: string): Promise<void>
  /** Forgets every passkey. */
  clearCredentials(): Promise<void>
  /** Switches user verification on or off for the next prompts. */
  setUserVerified(verified: boolean): Promise<void>
  /** Removes the authenticator from the page. */
  remove(): Promise<void>
}

/**
 * Gives a Chromium page a virtual platform passkey authenticator (CDP WebAuthn): resident keys,
 * user verification and PRF, approving every prompt by itself, so real passkey ceremonies run
 * against the mock (which verifies them for real). Chromium only.
 *
 * @example
 * import { addVirtualAuthenticator } from 'ibex-react/testing'
 *
 * test('signs up with a passkey', async ({ page }) => {
 *   const authenticator = await addVirtualAuthenticator(page)
 *   await page.getByRole('button', { name: 'Create a passkey' }).click()
 *   expect(await authenticator.credentials()).toHaveLength(1)
 * })
 */
export async function addVirtualAuthenticator(
  page: IbexPlaywrightPage,
  options: AddVirtualAuthenticatorOptions = {},
): Promise<VirtualAuthenticatorHandle> {
  const cdp = await page.context().newCDPSession(page as never)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = (await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.userVerified ?? true,
      automaticPresenceSimulation: true,
      hasPrf: options.prf ?? true,
    },
  })) as { authenticatorId: string }
  return {
    authenticatorId,
    async credentials() {
      const answer = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as {
        credentials: VirtualCredential[]
      }
      return answer.credentials
    },
    async removeCredential(credentialId) {
      await cdp.send('WebAuthn.removeCredential', { authenticatorId, credentialId })
    },
    async clearCredentials() {
      await cdp.send('WebAuthn.clearCredentials', { authenticatorId })
    },
    async setUserVerified(verified) {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: verified })
    },
    async remove() {
      await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId })
      await cdp.detach()
    },
  }
}
