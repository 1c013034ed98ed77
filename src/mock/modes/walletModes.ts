import { accountMode } from './account/accountMode.ts'
import { eip7702Mode } from './eip7702/eip7702Mode.ts'
import { emailMode } from './email/emailMode.ts'
import { kdfMode } from './kdf/kdfMode.ts'
import type { MockWalletMode } from './MockWalletMode.ts'
import { passkeysMode } from './passkeys/passkeysMode.ts'

/** The auth modes by `wallet` value (`account` = legacy `passkeys=FALSE`). */
export const walletModes = {
  passkeys: passkeysMode,
  kdf: kdfMode,
  email: emailMode,
  '7702': eip7702Mode,
  account: accountMode,
} as const satisfies Record<string, MockWalletMode>

/** A key of {@link walletModes}. */
export type MockWalletModeName = keyof typeof walletModes
