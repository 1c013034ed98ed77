/**
 * Downloads the passkey sign-up and sign-in ceremonies ahead of use. They are loaded on demand to
 * keep them out of an app's initial bundle; a passkey button preloads them when it mounts so
 * that a click goes straight to the challenge request. Failure is ignored here: the ceremony
 * retries the import when it runs and reports the error then.
 *
 * @example
 * useEffect(() => preloadPasskeyCeremonies(), [])
 */
export function preloadPasskeyCeremonies(): void {
  Promise.all([import('./signInWithPasskey.ts'), import('./signUpWithPasskey.ts')]).catch(
    () => undefined,
  )
}
