import type { Preview } from '@storybook/react-vite'
import { storyAuthenticator } from '../stories/support/storyAuthenticator.ts'

// Preview['beforeEach'] is one function or a list of them: this is the one.
type BeforeEach = Extract<NonNullable<Preview['beforeEach']>, (...args: never[]) => unknown>

/** The values of the `authenticator` toolbar global. */
export type StoryAuthenticatorMode = 'software' | 'browser'

/**
 * Puts the toolbar's Authenticator in place before each render: "software" (the default) installs
 * the session's software passkey authenticator on `window`, so passkey stories need no device;
 * "browser" removes it, and the browser's own passkeys (Touch ID, a security key…) answer.
 *
 * @example
 * const preview = { beforeEach: [applyAuthenticatorGlobal] } satisfies Preview
 */
export const applyAuthenticatorGlobal: BeforeEach = ({ globals }) => {
  const mode: StoryAuthenticatorMode = globals.authenticator === 'browser' ? 'browser' : 'software'
  if (mode === 'browser') storyAuthenticator.uninstall()
  else storyAuthenticator.install()
}
