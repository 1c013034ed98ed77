import { createSoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'

/**
 * The software passkey authenticator of the Storybook session (and of the Vitest story run):
 * installed on `window` while the toolbar's Authenticator is "software" (the default), so passkey
 * stories work in any browser, headless included. Its passkeys live as long as the page, like
 * {@link storyMock}'s users. Stories use it to script failures:
 * `storyAuthenticator.failNext('NotAllowedError')`.
 *
 * @example
 * storyAuthenticator.failNext('NotAllowedError') // the next prompt is "closed by the user"
 */
export const storyAuthenticator = createSoftwareAuthenticator({
  origin: globalThis.location?.origin ?? 'http://localhost',
  rpId: storyIbexConfig.rpId,
  prf: true,
  // Same keys (hence Safe addresses and identicons) after every reload and reset, as storyMock.
  seed: 'storybook',
})
