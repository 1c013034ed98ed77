import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import { signUpWithPasskey } from '../../src/core/ceremonies/passkeys/signUpWithPasskey.ts'
import type { IbexSessionUser } from '../../src/core/session/IbexSessionRecord.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'

/**
 * Signs a new passkey user up with the session's mock and authenticator, outside the story's
 * React tree (its own short-lived client): what a sign-in story starts from, a returning user
 * with a passkey on this device.
 *
 * @example
 * play: async ({ canvas }) => {
 *   const user = await signUpStoryPasskeyUser()
 *   await userEvent.click(canvas.getByRole('button', { name: 'Sign in with a passkey' }))
 * }
 */
export async function signUpStoryPasskeyUser(): Promise<IbexSessionUser> {
  const client = createIbexClient(storyIbexConfig)
  try {
    const { user } = await signUpWithPasskey(client, {})
    return user
  } finally {
    client.destroy()
  }
}
