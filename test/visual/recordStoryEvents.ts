/** What the page records of one `storyFinished` event. */
export type FinishedStory = {
  storyId: string
  status: string
  /** Status of each a11y report (`passed`, `failed`, `warning`). */
  a11y: string[]
  /** `rule: targets` of every axe violation, colour contrast included. */
  violations: string[]
  /** Play-function and render exceptions seen while the story was current. */
  errors: string[]
}

declare global {
  interface Window {
    __finishedStories?: FinishedStory[]
    __storyErrors?: string[]
    __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void }
  }
}

/**
 * Runs in the page once Storybook's preview has made its channel
 * (`window.__STORYBOOK_ADDONS_CHANNEL__`): records every finished story (play status, the a11y
 * addon's axe report) with the exceptions of its play or render in `window.__finishedStories`.
 * Story switches in one page keep each story's own errors apart. Resolves to whether the
 * channel was there.
 *
 * @example
 * await page.waitForFunction(recordStoryEvents)
 */
// Runs in the page: no named inner functions (tsx's esbuild would wrap them in a `__name` helper
// that only exists in Node).
export function recordStoryEvents(): boolean {
  type Channel = { on(event: string, listener: (payload: never) => void): void }
  type Report = { type: string; status: string; result?: { violations?: AxeViolation[] } }
  type AxeViolation = { id: string; nodes: { target: string[] }[] }
  type Finished = { storyId: string; status: string; reporters: Report[] }
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__ as unknown as Channel | undefined
  if (!channel) return false
  if (window.__finishedStories) return true
  window.__finishedStories = []
  window.__storyErrors = []
  for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
    channel.on(event, (error: { message?: string } | undefined) => {
      window.__storyErrors?.push(error?.message ?? String(error))
    })
  }
  channel.on('storyFinished', (finished: Finished) => {
    const a11y = finished.reporters.filter((report) => report.type === 'a11y')
    window.__finishedStories?.push({
      storyId: finished.storyId,
      status: finished.status,
      a11y: a11y.map((report) => report.status),
      violations: a11y.flatMap((report) =>
        (report.result?.violations ?? []).map(
          (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ),
      errors: window.__storyErrors?.splice(0) ?? [],
    })
  })
  return true
}
