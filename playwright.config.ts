import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys in real Chromium (Debian's /usr/bin/chromium; never a
 * downloaded browser) against the real backend serving the built frontend.
 * `make test` builds the app first; locally, a running `make start` is reused.
 */
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const backendUrl = 'http://localhost:7007';
const reuse = !process.env.CI;

export default defineConfig({
  testDir: 'e2e-tests',
  timeout: 60_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
    ['json', { outputFile: '.toolchain/reports/e2e.json' }],
  ],
  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command: 'yarn workspace sandbox start',
          url: `http://127.0.0.1:${
            process.env.SANDBOX_PROMETHEUS_PORT ?? 9090
          }/-/ready`,
          reuseExistingServer: reuse,
          timeout: 180_000,
        },
        {
          command: 'yarn workspace backend start',
          url: `${backendUrl}/.backstage/health/v1/readiness`,
          reuseExistingServer: reuse,
          timeout: 120_000,
        },
      ],
  use: {
    baseURL:
      process.env.PLAYWRIGHT_URL ??
      (process.env.CI ? backendUrl : 'http://localhost:3000'),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
