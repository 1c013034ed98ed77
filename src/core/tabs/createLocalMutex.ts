/**
 * Runs the functions given to it one after the other, in call order (a lock for one tab).
 *
 * @example
 * const exclusive = createLocalMutex()
 * await exclusive(() => work())
 */
export function createLocalMutex(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (fn) => {
    const result = tail.then(fn)
    tail = result.catch(() => undefined)
    return result
  }
}
