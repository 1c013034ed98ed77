import { useId, type ReactNode } from 'react'

/** Props of {@link FlowScreen}. */
export interface FlowScreenProps {
  /** The screen's heading, also its accessible name. */
  title: string
  children?: ReactNode
}

/**
 * One screen of a flow story: a section named by its `<h2>`, so a play can wait for a screen with
 * `findByRole('heading', { name })` and axe finds every part in a landmark.
 *
 * @example
 * <FlowScreen title="Welcome"><PasskeyButton mode="sign-in" /></FlowScreen>
 */
export function FlowScreen({ title, children }: FlowScreenProps): ReactNode {
  const id = `flow-screen-${useId()}`
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '0.75rem' }}>
      <h2 id={id} style={{ margin: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  )
}
