import { expect, userEvent, waitFor, within } from 'storybook/test'

/**
 * The first step of a wallet flow's `play`: presses {@link PasskeyWallet}'s "Create a passkey"
 * (the software authenticator answers) and resolves with the new user's Safe address once the
 * wallet shows it.
 *
 * @example
 * play: async ({ canvasElement }) => {
 *   const safe = await signUpInPlay(canvasElement)
 * }
 */
export async function signUpInPlay(canvasElement: HTMLElement): Promise<string> {
  const canvas = within(canvasElement)
  // By its role in the kit, not its text: the play works in every language of the toolbar.
  await waitFor(
    () =>
      expect(
        canvasElement.querySelector('[data-ibex-passkey-button][data-mode="sign-up"]'),
      ).not.toBeNull(),
    { timeout: 5000 },
  )
  const button = canvasElement.querySelector<HTMLElement>(
    '[data-ibex-passkey-button][data-mode="sign-up"]',
  )
  if (button) await userEvent.click(button)
  const address = await canvas.findByTestId('safe-address', {}, { timeout: 5000 })
  const safe = address.textContent ?? ''
  await expect(safe).toMatch(/^0x[0-9a-fA-F]{40}$/)
  return safe
}
