import {
  render,
  renderHook,
  type RenderHookResult,
  type RenderResult,
} from '@testing-library/react'
import type { ReactNode } from 'react'
import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { IbexProvider } from '../../src/react/IbexProvider.tsx'
import type { TestIbex } from './createTestIbex.ts'

// Live updates are off unless a test asks for them: these tests count HTTP requests, and the
// realtime tests (test/react/realtime) drive the socket themselves.
type WrapperOptions = { locale?: IbexLocale; realtime?: boolean }

function wrapperFor(ibex: TestIbex, options: WrapperOptions) {
  return function IbexTestWrapper({ children }: { children?: ReactNode }) {
    return (
      <IbexProvider
        client={ibex.client}
        queryClient={ibex.queryClient}
        locale={options.locale}
        realtime={options.realtime ?? false}
      >
        {children}
      </IbexProvider>
    )
  }
}

/** Renders `ui` inside `<IbexProvider>` with the harness's client and QueryClient. */
export function renderWithIbex(
  ui: ReactNode,
  ibex: TestIbex,
  options: WrapperOptions = {},
): RenderResult {
  return render(ui, { wrapper: wrapperFor(ibex, options) })
}

/** Renders a hook inside `<IbexProvider>` with the harness's client and QueryClient. */
export function renderHookWithIbex<result, props>(
  hook: (props: props) => result,
  ibex: TestIbex,
  options: WrapperOptions & { initialProps?: props } = {},
): RenderHookResult<result, props> {
  return renderHook(hook, {
    wrapper: wrapperFor(ibex, options),
    initialProps: options.initialProps,
  })
}
