// Public API of `ibex-react/mock`: a faithful in-memory IBEx for tests, Storybook and demos.
export {}
