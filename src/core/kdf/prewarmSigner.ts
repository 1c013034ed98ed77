/**
 * Gets the PIN and email signer worker ready before a job needs it: starts it, has it compile the
 * Argon2 kernel, fault its memory in and warm its code up on public inputs, so that the job from
 * the PIN's last digit pays only for the derivation itself. The worker holds no secret until the
 * job and none after it, and is terminated after a while unused. A no-op where there are no
 * workers (Node, jsdom); failures are ignored here and met again, and reported, by the job.
 *
 * @returns Resolves when the worker is ready (or at once without workers); never rejects.
 * @example
 * useEffect(() => void prewarmSigner(), [])
 */
export function prewarmSigner(): Promise<void> {
  if (typeof Worker !== 'function') return Promise.resolve()
  // Loaded on demand: the pool names the worker's URL, which bundlers turn into a chunk.
  return import('./signerWorkerPool.ts').then(
    ({ signerWorkerPool }) => signerWorkerPool.prewarm(),
    () => undefined,
  )
}
