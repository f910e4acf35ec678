import { expect, Page, test } from '@playwright/test';

const demoServices = [
  'opportunity-agent',
  'target-agent',
  'realization-agent',
  'expansion-agent',
  'integrity-agent',
  'orchestrator',
  'api-gateway',
  'inventory-backend',
  'inventory-frontend',
];

async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page.getByRole('navigation', { name: 'sidebar nav' }),
  ).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the catalog lists every demo service', async ({ page }) => {
  await page.goto('/catalog?filters[kind]=component&filters[user]=all');
  for (const name of demoServices) {
    await expect(
      page.getByRole('link', { name, exact: true }).first(),
    ).toBeVisible();
  }
});

test('a service page shows its system, owner and relations', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/api-gateway');
  await expect(
    page.getByRole('heading', { name: 'api-gateway', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'agent-platform' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'platform-team' }).first(),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Dependencies' }).click();
  await expect(
    page.getByRole('link', { name: 'agent-platform-db' }).first(),
  ).toBeVisible();
});

test('the API docs render a service OpenAPI document', async ({ page }) => {
  await page.goto('/catalog/default/api/api-gateway-api/definition');
  await expect(page.getByText('/health').first()).toBeVisible();
});

test('a runbook renders in TechDocs', async ({ page }) => {
  await page.goto(
    '/docs/default/component/api-gateway/runbooks/high-error-rate/',
  );
  await expect(
    page.getByRole('heading', { name: /error rate/i }).first(),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('kubectl').first()).toBeVisible();
});
