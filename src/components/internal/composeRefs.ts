import type { Ref, RefCallback } from 'react'

type RefCleanup = () => void

function setRef<element>(ref: Ref<element> | undefined, node: element | null): RefCleanup | void {
  if (typeof ref === 'function') return ref(node)
  if (ref) ref.current = node
}

/**
 * One callback ref that feeds several refs (object or callback, React 19 cleanups included).
 *
 * @example
 * <div ref={composeRefs(forwardedRef, localRef)} />
 */
export function composeRefs<element>(
  ...refs: Array<Ref<element> | undefined>
): RefCallback<element> {
  return (node) => {
    const cleanups = refs.map((ref) => setRef(ref, node))
    // Returning a cleanup makes React skip the `null` call, so each ref is released here instead.
    return () => {
      refs.forEach((ref, index) => {
        const cleanup = cleanups[index]
        if (typeof cleanup === 'function') cleanup()
        else setRef(ref, null)
      })
    }
  }
}
