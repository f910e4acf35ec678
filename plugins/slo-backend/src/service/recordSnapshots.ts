import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  SLO_SELECTOR_ANNOTATION,
  SLO_SPEC_ANNOTATION,
} from '@internal/plugin-slo-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SloSnapshotStore } from '../database/SloSnapshotStore';
import { SloService } from './SloService';
import { snapshotsOf, utcDay } from './snapshots';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduled task: today's snapshot of every SLO of every entity with an
 * SLO annotation, then the snapshots older than the retention are deleted.
 * One entity failing does not stop the others.
 */
export async function recordSnapshots(options: {
  catalog: CatalogService;
  auth: AuthService;
  slos: SloService;
  store: SloSnapshotStore;
  logger: LoggerService;
  now: number;
  retentionDays: number;
}): Promise<{ entities: number; snapshots: number; deleted: number }> {
  const { catalog, auth, slos, store, logger, now } = options;
  const { items } = await catalog.getEntities(
    {
      filter: [
        {
          [`metadata.annotations.${SLO_SPEC_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        {
          [`metadata.annotations.${SLO_SELECTOR_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
      ],
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  let snapshots = 0;
  for (const entity of items) {
    try {
      const recorded = snapshotsOf(await slos.list(entity), now);
      await store.upsert(recorded);
      snapshots += recorded.length;
    } catch (error) {
      logger.warn(`Could not record SLO snapshots of ${entity.metadata.name}`, {
        error: (error as Error).message,
      });
    }
  }
  const deleted = await store.deleteBefore(
    utcDay(now - options.retentionDays * DAY_MS),
  );
  return { entities: items.length, snapshots, deleted };
}
