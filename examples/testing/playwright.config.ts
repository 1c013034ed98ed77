// The kit's own run of the README's Playwright example (test/browser/readmeExamples.test.ts): the
// demo app is the app under test, and Chromium is the system one (never downloaded).
import { defineConfig } from '@playwright/test'

const demoPort = Number(process.env.DEMO_PORT ?? 5199)

export default defineConfig({
  testDir: './playwright',
  // Beside the other browser artifacts (git-ignored).
  outputDir: '../../.artifacts/playwright',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: 'line',
  use: {
    baseURL: `http://localhost:${demoPort}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js --config demo/vite.config.ts --host localhost --port ${demoPort} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${demoPort}`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
})
