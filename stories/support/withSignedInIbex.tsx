import type { Decorator } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { mockIbexLoaders } from '../../.storybook/mockIbexLoaders.ts'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { createContact } from '../../src/core/actions/addressBook/createContact.ts'
import { signUp } from '../../src/core/actions/signUp.ts'
import { signUpWithPasskey } from '../../src/core/ceremonies/passkeys/signUpWithPasskey.ts'
import { emailSigningBackups } from '../../src/core/email/emailSigningBackups.ts'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { IbexClient } from '../../src/core/client/IbexClient.ts'
import type { MockFaultsPatch } from '../../src/mock/faults/MockFaultsPatch.ts'
import { IbexProvider } from '../../src/react/IbexProvider.tsx'
import { storyAuthenticator } from './storyAuthenticator.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'
import { storyMock } from './storyMock.ts'

/**
 * `parameters.signedIn` of a story under {@link withSignedInIbex}.
 *
 * @example
 * parameters: { signedIn: { faults: { maintenance: true } } } satisfies { signedIn: SignedInStoryParameters }
 */
export type SignedInStoryParameters = {
  /** Faults of the mock from the first render on (after the sign-up): a slow or failing IBEx. */
  faults?: MockFaultsPatch | undefined
  /**
   * How the story's user signs up (and so signs operations): a passkey by default, an email
   * (code and passphrase; the key backup is then forgotten, as after a reload, so the first
   * operation asks for an emailed code), or an external wallet (EIP-7702, a key of the story's).
   */
  as?: 'passkey' | 'email' | 'wallet' | undefined
  /** Contacts saved in the user's address book before the story renders. */
  contacts?: readonly { name: string; address: `0x${string}` }[] | undefined
}

/** The passphrase of the email user of {@link SignedInStoryParameters} `as: 'email'`. */
export const STORY_PASSPHRASE = 'correct horse battery staple'

async function signUpStoryUser(client: IbexClient, as: SignedInStoryParameters['as']) {
  if (as === 'email') {
    const email = `story-${Date.now()}@example.com`
    await signUp(client, { wallet: 'email', email })
    await signUp(client, { wallet: 'email', code: storyMock.outbox(email)?.code ?? '' })
    await signUp(client, { wallet: 'email', passphrase: STORY_PASSPHRASE })
    emailSigningBackups.forget(client)
  } else if (as === 'wallet') {
    const account = privateKeyToAccount(generatePrivateKey())
    await signUp(client, {
      wallet: '7702',
      signer: {
        address: account.address,
        chainId: 421614,
        signMessage: (message) => account.signMessage({ message }),
      },
    })
  } else await signUpWithPasskey(client, {})
}

/** Every fault off: what each signed-in story starts from and leaves behind. */
export const noFaults: MockFaultsPatch = {
  latencyMs: null,
  errorRate: null,
  maintenance: null,
  failNextOperation: null,
}

let current: IbexClient | undefined

/**
 * Signs a new passkey user up on a client of the story's own (the session's mock and software
 * authenticator), then applies the story's `faults`; {@link withSignedInIbex} renders the story
 * inside that session. The previous story's client is dropped.
 *
 * @example
 * const meta = { loaders: [signedInLoader], decorators: [withSignedInIbex] } satisfies Meta
 */
export async function signedInLoader(context: {
  parameters: Record<string, unknown>
}): Promise<{ ibexClient: IbexClient }> {
  // Loaders run side by side: the mock's Service Worker must be up before the sign-up.
  // (They read nothing of the context; a meta's typed context cannot widen to theirs.)
  await Promise.all(mockIbexLoaders.map((loader) => loader(context as never)))
  const {
    faults,
    as,
    contacts = [],
  } = (context.parameters.signedIn ?? {}) as SignedInStoryParameters
  storyMock.setFaults(noFaults)
  storyAuthenticator.install()
  current?.destroy()
  // One attempt per read: an error story shows its error at once, not after the back-off.
  const client = createIbexClient({ ...storyIbexConfig, retry: { attempts: 1 } })
  current = client
  await signUpStoryUser(client, as)
  for (const contact of contacts) {
    await createContact(client, {
      name: contact.name,
      crypto: [
        { chainId: client.session.getSnapshot().user?.chainId ?? 421614, address: contact.address },
      ],
    })
  }
  if (faults) storyMock.setFaults(faults)
  return { ibexClient: client }
}

function SignedInProvider(props: { client: IbexClient; locale: string; children: ReactNode }) {
  const locale = ibexLocales.find((tag) => tag === props.locale) ?? 'en'
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  )
  return (
    <IbexProvider client={props.client} queryClient={queryClient} locale={locale} realtime={false}>
      {props.children}
    </IbexProvider>
  )
}

/**
 * Renders the story signed in (see {@link signedInLoader}), in the toolbar's locale, and turns
 * the mock's faults off when the story goes.
 *
 * @example
 * const meta = { loaders: [signedInLoader], decorators: [withSignedInIbex] } satisfies Meta
 */
export const withSignedInIbex: Decorator = (Story, context) => {
  const client = (context.loaded as { ibexClient?: IbexClient }).ibexClient
  if (!client) return <Story />
  return (
    <SignedInProvider client={client} locale={String(context.globals.locale ?? 'en')}>
      <Story />
    </SignedInProvider>
  )
}

/**
 * The `beforeEach` of signed-in stories: its cleanup turns the faults off when the story goes,
 * so a slow or failing IBEx never leaks into the next story.
 *
 * @example
 * const meta = { beforeEach: resetFaultsAfterStory } satisfies Meta
 */
export function resetFaultsAfterStory(): () => void {
  return () => storyMock.setFaults(noFaults)
}
