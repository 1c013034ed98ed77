/**
 * Downloads the passkey ceremonies ahead of use: the one of `mode`, or both when it is left out.
 * They are loaded on demand to keep them out of an app's initial bundle; a passkey button
 * preloads its own when it mounts so that a click goes straight to the challenge request (a
 * sign-in button never downloads the sign-up code). Failure is ignored here: the ceremony
 * retries the import when it runs and reports the error then.
 *
 * @example
 * useEffect(() => preloadPasskeyCeremonies('sign-in'), [])
 */
export function preloadPasskeyCeremonies(mode?: 'sign-in' | 'sign-up'): void {
  Promise.all([
    mode === 'sign-up' ? undefined : import('./signInWithPasskey.ts'),
    mode === 'sign-in' ? undefined : import('./signUpWithPasskey.ts'),
  ]).catch(() => undefined)
}
