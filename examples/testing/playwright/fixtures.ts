import { test as base } from '@playwright/test'
import { ibexFixtures, type IbexTestFixtures, type IbexWorkerFixtures } from 'ibex-react/testing'

// Every worker gets a mock IBEx of its own on a free port; every test gets `ibex`.
export const test = base.extend<IbexTestFixtures, IbexWorkerFixtures>(ibexFixtures)
export { expect } from '@playwright/test'
