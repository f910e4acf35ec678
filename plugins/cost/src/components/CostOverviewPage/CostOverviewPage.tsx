import { Content, Header, Page } from '@backstage/core-components';
import { CostOverviewContent } from './CostOverviewContent';

/**
 * The cost overview as a page of its own, with a header, for apps on the
 * legacy frontend system (the new frontend system draws the header).
 */
export function CostOverviewPage() {
  return (
    <Page themeId="tool">
      <Header title="Cost overview" subtitle="The organisation’s cloud spend" />
      <Content>
        <CostOverviewContent />
      </Content>
    </Page>
  );
}
