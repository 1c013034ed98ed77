import type { ReactNode } from 'react'

/** Props of {@link FlowLayout}. */
export interface FlowLayoutProps {
  /** The app of the flow story. */
  children: ReactNode
  /** Shown beside the app (below it on narrow canvases): usually a {@link MockPanel}. */
  panel?: ReactNode
}

/**
 * The page of a flow story: the app in a readable column, with the mock panel beside it.
 *
 * @example
 * render: () => <FlowLayout panel={<MockPanel email={email} />}><EmailApp /></FlowLayout>
 */
export function FlowLayout({ children, panel }: FlowLayoutProps): ReactNode {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '1.5rem',
        alignItems: 'flex-start',
        justifyContent: 'center',
      }}
    >
      <div style={{ flex: '1 1 20rem', maxWidth: '28rem' }}>{children}</div>
      {panel ? <div style={{ flex: '0 1 16rem' }}>{panel}</div> : null}
    </div>
  )
}
