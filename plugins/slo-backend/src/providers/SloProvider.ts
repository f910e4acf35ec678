import { Entity } from '@backstage/catalog-model';
import { Slo, SloHistoryPoint } from '@internal/plugin-slo-common';

export interface SloProviderResult {
  slos: Slo[];
  /** Problems that belong to no single SLO (a broken file, say). */
  problems: string[];
}

/** A source of SLOs; it applies to the entities that carry its annotation. */
export interface SloProvider {
  appliesTo(entity: Entity): boolean;
  list(entity: Entity, now: number): Promise<SloProviderResult>;
  /** Daily history of one SLO; undefined when the SLO is not this provider's. */
  history(
    entity: Entity,
    id: string,
    range: { from: number; to: number; now: number },
  ): Promise<SloHistoryPoint[] | undefined>;
}
