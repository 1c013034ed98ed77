import type { IbexClient } from '../client/IbexClient.ts'
import type { EmailBackup } from './decodeEmailBackup.ts'

const backups = new WeakMap<IbexClient, Map<string, EmailBackup>>()

/**
 * The encrypted key backups of email users, kept in memory per client and user so that after
 * one emailed code an email user signs further operations with the passphrase alone. Only the
 * ciphertext IBEx already holds is kept (never the passphrase or the key); nothing is persisted,
 * so a reload asks for a code again. The email sign-in remembers the backup it received, and
 * sign-out forgets it.
 *
 * @example
 * emailSigningBackups.remember(client, user.externalUserId, recoveredBackup(recovered))
 */
export const emailSigningBackups = {
  remember(client: IbexClient, externalUserId: string, backup: EmailBackup): void {
    let byUser = backups.get(client)
    if (!byUser) {
      byUser = new Map()
      backups.set(client, byUser)
      // Dropped at sign-out (here or in another tab), like everything else of the session.
      const unsubscribe = client.session.subscribe(() => {
        if (client.session.getSnapshot().status !== 'signed-out') return
        backups.delete(client)
        unsubscribe()
      })
    }
    byUser.set(externalUserId, backup)
  },
  get(client: IbexClient, externalUserId: string): EmailBackup | undefined {
    return backups.get(client)?.get(externalUserId)
  },
  /** Forgets one user's backup, or every backup of the client. */
  forget(client: IbexClient, externalUserId?: string): void {
    if (externalUserId === undefined) backups.delete(client)
    else backups.get(client)?.delete(externalUserId)
  },
}
