/**
 * Polls `read` until it gives a value (every 25 ms, up to `timeoutMs`, default 5,000): the app
 * under test sends its requests on its own schedule.
 */
export async function waitForValue<value>(
  read: () => value | undefined | Promise<value | undefined>,
  timeoutMs = 5000,
  failure: string,
): Promise<value> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() >= deadline) throw new Error(`${failure} (waited ${timeoutMs} ms)`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
