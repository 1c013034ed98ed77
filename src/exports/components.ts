// Public API of `ibex-react/components`. Named re-exports only.
export {}
