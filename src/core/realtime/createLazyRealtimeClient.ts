import type { IbexClient } from '../client/IbexClient.ts'
import { closedRealtimeSnapshot } from './closedRealtimeSnapshot.ts'
import type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
  IbexRealtimeRequest,
  IbexRealtimeSnapshot,
} from './IbexRealtimeClient.ts'
import type { IbexRealtimeEvent } from './IbexRealtimeEvent.ts'

/** What `createLazyRealtimeClient` loads: `createRealtimeClient` or a function that wraps it. */
export type RealtimeClientFactory = (
  client: IbexClient,
  options?: CreateRealtimeClientOptions,
) => IbexRealtimeClient

type Registration = {
  type: string | undefined
  listener: (event: IbexRealtimeEvent) => void
  detach?: (() => void) | undefined
}

/**
 * The same client as `createRealtimeClient`, but its code (socket, tab relay, event parsing) is
 * only downloaded once a user is signed in after `start()`, or on the first `request()`. Signed-out
 * visitors and server renders never load it, and it stays out of an app's initial bundle: this
 * is what `<IbexProvider>` uses. Until the code is there the status is `closed`; listeners and
 * event handlers registered before are carried over.
 *
 * @param load - Loads the factory; by default `createRealtimeClient`'s module. The provider passes
 *   one that also loads the cache updater, so that both arrive before the first event.
 * @example
 * const realtime = createLazyRealtimeClient(client, { clientName: 'My App' })
 * realtime.start() // loads and connects at the first sign-in
 * realtime.on('balance_update', ({ data }) => console.log(data.balance))
 */
export function createLazyRealtimeClient(
  client: IbexClient,
  options?: CreateRealtimeClientOptions,
  load: () => Promise<RealtimeClientFactory> = () =>
    import('./createRealtimeClient.ts').then((module) => module.createRealtimeClient),
): IbexRealtimeClient {
  let real: IbexRealtimeClient | undefined
  let loading: Promise<IbexRealtimeClient> | undefined
  let started = false
  let unsubscribeSession: (() => void) | undefined
  let snapshot: IbexRealtimeSnapshot = closedRealtimeSnapshot
  const statusListeners = new Set<() => void>()
  const registrations = new Set<Registration>()

  const notify = () => {
    for (const listener of [...statusListeners]) listener()
  }
  const attach = (target: IbexRealtimeClient, entry: Registration) => {
    entry.detach =
      entry.type === undefined
        ? target.on(entry.listener)
        : target.on(entry.type as IbexRealtimeEvent['type'], entry.listener)
  }

  const loadClient = (): Promise<IbexRealtimeClient> =>
    (loading ??= load().then(
      (createRealtimeClient) => {
        const loaded = createRealtimeClient(client, options)
        real = loaded
        loaded.subscribe(() => {
          snapshot = loaded.getSnapshot()
          notify()
        })
        for (const entry of registrations) attach(loaded, entry)
        if (started) loaded.start()
        snapshot = loaded.getSnapshot()
        notify()
        return loaded
      },
      (error: unknown) => {
        // A failed chunk download (offline, a redeploy) is retried at the next sign-in or start.
        loading = undefined
        snapshot = {
          ...closedRealtimeSnapshot,
          lastError: {
            code: 'realtime/load-failed',
            message: `The realtime code could not be loaded: ${String(error)}`,
          },
        }
        notify()
        throw error
      },
    ))

  const loadWhenSignedIn = () => {
    if (client.session.getSnapshot().status !== 'signed-in') return
    unsubscribeSession?.()
    unsubscribeSession = undefined
    loadClient().catch(() => {
      if (started && !unsubscribeSession) {
        unsubscribeSession = client.session.subscribe(loadWhenSignedIn)
      }
    })
  }

  // Asserted: one implementation serves `on`'s two overloads and `request`'s generic answer type,
  // which TypeScript cannot check against an object literal.
  return {
    start() {
      if (started) return
      started = true
      if (real) return real.start()
      unsubscribeSession = client.session.subscribe(loadWhenSignedIn)
      loadWhenSignedIn()
    },
    stop() {
      started = false
      unsubscribeSession?.()
      unsubscribeSession = undefined
      real?.stop()
    },
    subscribe(listener) {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => closedRealtimeSnapshot,
    on(
      typeOrListener: string | ((event: IbexRealtimeEvent) => void),
      maybeListener?: (event: never) => void,
    ) {
      const entry: Registration =
        typeof typeOrListener === 'string'
          ? {
              type: typeOrListener,
              listener: maybeListener as (event: IbexRealtimeEvent) => void,
            }
          : { type: undefined, listener: typeOrListener }
      registrations.add(entry)
      if (real) attach(real, entry)
      return () => {
        registrations.delete(entry)
        entry.detach?.()
      }
    },
    request(request: IbexRealtimeRequest, requestOptions) {
      return loadClient().then((loaded) => loaded.request(request, requestOptions))
    },
    reconnect: () => real?.reconnect(),
    resync: (types) => real?.resync(types),
  } as IbexRealtimeClient
}
