/** What the page records of one `storyFinished` event. */
export type FinishedStory = {
  storyId: string
  status: string
  /** `rule: targets` of every axe violation of the a11y addon (colour contrast included). */
  violations: string[]
  /** Status of each a11y report. */
  a11y: string[]
  /** Play-function and render exceptions seen while the story was current. */
  errors: string[]
}

declare global {
  interface Window {
    __visualFinished?: FinishedStory[]
    __visualErrors?: string[]
  }
}

/**
 * Runs in the page before Storybook (an init script): catches the preview's channel as it is
 * created and records every finished story (play status, the a11y addon's axe results) and every
 * exception of a play or a render.
 *
 * @example
 * await context.addInitScript(recordStoryEvents)
 */
export function recordStoryEvents(): void {
  type Channel = { on(event: string, listener: (payload: never) => void): void }
  type Report = { type: string; status: string; result?: { violations?: AxeViolation[] } }
  type AxeViolation = { id: string; nodes: { target: string[] }[] }
  window.__visualFinished = []
  window.__visualErrors = []
  const onError = (error: { message?: string } | undefined) => {
    window.__visualErrors?.push(error?.message ?? String(error))
  }
  let channel: Channel | undefined
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next: Channel) {
      channel = next
      next.on('playFunctionThrewException', onError)
      next.on('storyThrewException', onError)
      next.on('storyErrored', onError)
      next.on(
        'storyFinished',
        (payload: { storyId: string; status: string; reporters: Report[] }) => {
          const a11y = payload.reporters.filter((report) => report.type === 'a11y')
          window.__visualFinished?.push({
            storyId: payload.storyId,
            status: payload.status,
            a11y: a11y.map((report) => report.status),
            violations: a11y.flatMap((report) =>
              (report.result?.violations ?? []).map(
                (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
              ),
            ),
            errors: window.__visualErrors?.splice(0) ?? [],
          })
        },
      )
    },
  })
}
