import { expect, Page, test } from '@playwright/test';

// The catalog shows each service by its title.
const demoServices = [
  'Opportunity agent',
  'Target agent',
  'Realization agent',
  'Expansion agent',
  'Integrity agent',
  'Orchestrator',
  'API gateway',
  'Inventory backend',
  'Inventory frontend',
];

async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the catalog lists every demo service', async ({ page }) => {
  await page.goto('/catalog?filters[kind]=component&filters[user]=all');
  await expect(
    page.getByRole('heading', { name: 'All Components (9)' }).first(),
  ).toBeVisible();
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
    page.getByRole('heading', { name: 'API gateway', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Platform Team' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Agent platform', exact: true }).first(),
  ).toBeVisible();

  // The relation cards on the overview: what it depends on and what it calls.
  await expect(
    page.getByRole('heading', { name: 'Depends on resources' }),
  ).toBeVisible();
  for (const related of [
    'Agent platform database (primary)',
    'Agents EKS cluster',
    'Orchestrator API',
  ]) {
    await expect(
      page.getByRole('link', { name: related, exact: true }).first(),
    ).toBeVisible();
  }
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

test('the SLOs tab shows error budgets and links the runbook', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/opportunity-agent/slos');
  await expect(
    page.getByText('Latency under 400 ms', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('99 % · calendar month')).toBeVisible();
  // 99.5 % over 28 days: 0.005 × 40 320 min = 3 h 22 min of budget
  await expect(
    page.getByText('99.5 % · 28 days rolling').first(),
  ).toBeVisible();
  await expect(page.getByText(/ of 3 h 22 min left$/).first()).toBeVisible();
  // the same service's SLO from the Grafana SLO app (the sandbox stand-in)
  await expect(
    page.getByText('opportunity-agent availability', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/^Grafana SLO · updated/)).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Runbook' }).first(),
  ).toHaveAttribute(
    'href',
    /\/docs\/default\/component\/opportunity-agent\/runbooks\/(high-latency|high-error-rate)\/$/,
  );
});

test('the Errors tab lists Sentry issues and filters them by environment', async ({
  page,
}) => {
  // the sandbox's Sentry: api-gateway has steady production issues and a
  // staging-only one
  const productionIssue = page.getByText(
    'SyntaxError: Unexpected end of JSON input',
  );
  const stagingIssue = page.getByText(
    'Error: connect ECONNREFUSED 10.0.3.17:6379',
  );

  await page.goto('/catalog/default/component/api-gateway/errors');
  await expect(productionIssue).toBeVisible();
  await expect(stagingIssue).toBeVisible();
  await expect(
    page.getByRole('link', { name: /^Open .+ in Sentry/ }).first(),
  ).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:3200\/organizations\/valuecanvas\/issues\//,
  );

  await page.getByLabel('Environment').selectOption('staging');
  await expect(stagingIssue).toBeVisible();
  await expect(productionIssue).toBeHidden();

  await page.getByLabel('Environment').selectOption('production');
  await expect(productionIssue).toBeVisible();
  await expect(stagingIssue).toBeHidden();

  // the gateway's error burst three days ago, in the 14-day view
  await page.getByLabel('Period').selectOption({ label: 'Last 14 days' });
  await expect(
    page.getByText(/^UpstreamConfigError: route table missing upstream/),
  ).toBeVisible();
});

test('the Autoscaling tab shows HPA and policy workloads against their bounds, and why they scaled', async ({
  page,
}) => {
  // waits for the recording task below
  test.setTimeout(180_000);
  // the sandbox's Kubernetes stand-in: the gateway's HPA, 2–10 at 70 % CPU
  await page.goto('/catalog/default/component/api-gateway/autoscaling');
  await expect(page.getByText(/^\d+ of 2–10 replicas$/)).toBeVisible();
  await expect(page.getByText(/^\d+ % of target 70 %$/)).toBeVisible();
  await expect(page.getByText(/^\d+ % of target 80 %$/)).toBeVisible();

  // The demo's scale-out about two days ago, recorded from the replica
  // series by the backend's task (every minute in the demo, once the
  // catalog has its entities): the step to the maximum, with the CPU
  // reading that explains it.
  const atMax = page
    .getByRole('table', { name: 'Scaling events' })
    .getByRole('row')
    .filter({ hasText: 'at max' });
  await expect(async () => {
    await page.reload();
    await page.getByRole('button', { name: '7 d' }).first().click();
    await expect(atMax.first()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(atMax.first()).toContainText(/→ 10at max/);
  await expect(atMax.first()).toContainText(/cpu \d+ % above its target 70 %/);

  // Railway: the policy annotation evaluated on the sandbox's Prometheus
  await page.goto('/catalog/default/component/inventory-backend/autoscaling');
  await expect(page.getByText(/^\d+ of 1–5 replicas$/)).toBeVisible();
  await expect(page.getByText(/of target 400 ms$/)).toBeVisible();
  // its CPU spike four and a half days ago took it to 5 instances
  await page.getByRole('button', { name: '7 d' }).first().click();
  await expect(atMax.first()).toContainText(/4 → 5at max/);
  await expect(atMax.first()).toContainText(/cpu [\d.]+ % is over 80 %/);
});

test('the Costs tab measures a service’s month against its budget', async ({
  page,
}) => {
  // waits for the first read of the sandbox's FOCUS files
  test.setTimeout(120_000);
  // the sandbox's story: inventory-frontend at 85 % of its $20 budget this
  // month (crawler traffic on Vercel), the orchestrator at 112 % of its $170,
  // 1.12 × 170 = $190.40, its own spend, its shares of the Resources it
  // depends on and its staging copy's OpenCost allocations rolled up
  await page.goto('/catalog/default/component/inventory-frontend/costs');
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('$17.00 of $20.00 (85 %)')).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByText('Warning', { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Cost by provider' })
      .getByRole('cell', { name: 'Vercel' }),
  ).toBeVisible();

  await page.goto('/catalog/default/component/orchestrator/costs');
  // the staging cluster's costs come from the OpenCost import, on its own schedule
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('$190.40 of $170.00 (112 %)')).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText('Critical', { exact: true })).toBeVisible();
  // its share of the shared database is rolled up from the Resource
  await expect(page.getByText('Rolled up from Resource').first()).toBeVisible();
});

test('the Cost overview page shows the organisation’s spend, unallocated costs and budget alerts', async ({
  page,
}) => {
  // waits for the first read of the sandbox's FOCUS files
  test.setTimeout(120_000);
  await page.goto('/cost-overview');
  const alerts = page.getByRole('list', { name: 'Budget alerts' });
  await expect(async () => {
    await page.reload();
    await expect(alerts.getByText(/orchestrator/i).first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByLabel('Total', { exact: true })).toHaveText(
    /^\$[\d,]+\.\d\d$/,
  );
  // the sandbox's credits, tax and shared networking match no entity
  await expect(page.getByLabel('Unallocated', { exact: true })).toHaveText(
    /\$[\d,]+\.\d\d$/,
  );
  // inventory-frontend at 85 % of its budget is a warning
  await expect(alerts.getByText(/inventory/i).first()).toBeVisible();

  // by service, a row links to that service's Costs tab
  await page.getByLabel('Group by').selectOption('service');
  await page.getByRole('link', { name: 'Orchestrator' }).first().click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/orchestrator\/costs/,
  );
  await expect(page.getByText('$190.40 of $170.00 (112 %)')).toBeVisible();
});

test('a guest creates a New agent service that appears in the catalog with its tabs', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // a name of its own per run: the local target refuses one published before
  const name = `e2e-agent-${Date.now().toString(36)}`;
  await page.goto('/create');
  await page
    .getByRole('article')
    .filter({ hasText: 'New agent service' })
    .getByRole('button', { name: 'Choose' })
    .click();

  await page.getByLabel('Name', { exact: false }).first().fill(name);
  await page.getByLabel('Description').fill('Created by the end-to-end test');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('platform');
  await page
    .getByRole('option', { name: /Platform Team/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('Edge domain').fill(`${name}.agents.example.com`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  // published on the portal's host, as this portal cannot reach GitHub
  await page
    .getByLabel("A directory on the portal's host", { exact: false })
    .check();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page.getByRole('link', { name: 'Open in catalog' });
  await expect(open).toBeVisible({ timeout: 90_000 });
  await open.click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}`),
  );
  // the location is processed within seconds of its registration
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  for (const tab of ['TechDocs', 'Costs', 'Errors', 'SLOs', 'Autoscaling']) {
    await expect(
      page.getByRole('link', { name: tab, exact: true }),
    ).toBeVisible();
  }
  // its budget is the estimate: 17.52 for one replica, Cloudflare Pro 20
  await page.getByRole('link', { name: 'Costs', exact: true }).click();
  await expect(page.getByText(/of \$37\.52/)).toBeVisible();

  // its runbooks, built by TechDocs from what the template wrote
  await page.goto(`/docs/default/component/${name}/runbooks/cost-spike/`);
  await expect(
    page.getByRole('heading', { name: /cost spike/i }).first(),
  ).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('37.52').first()).toBeVisible();
});
