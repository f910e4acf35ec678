/** A catalog entity that bill rows can be attributed to. */
export interface AttributionTarget {
  entityRef: string;
  /** From `entityCostTags`: the tags a row must carry, all of them, with these values. */
  costTags: Record<string, string>;
}

function matches(
  tags: Record<string, string>,
  costTags: Record<string, string>,
): boolean {
  const wanted = Object.entries(costTags);
  return (
    wanted.length > 0 && wanted.every(([key, value]) => tags[key] === value)
  );
}

/**
 * The entity a bill row belongs to: one whose cost tags all appear in the
 * row's tags with equal values (keys and values compared exactly, case
 * included). When several match, the most specific (most cost tags) wins;
 * among equally specific ones, the smallest entityRef in code-unit order,
 * so the answer does not depend on the order the catalog lists entities in.
 * An entity with no cost tags matches nothing. `undefined` when no entity
 * matches: the row is unallocated.
 */
export function attribute(
  tags: Record<string, string>,
  entities: Iterable<AttributionTarget>,
): string | undefined {
  let best: { entityRef: string; specificity: number } | undefined;
  for (const { entityRef, costTags } of entities) {
    if (!matches(tags, costTags)) continue;
    const specificity = Object.keys(costTags).length;
    if (
      !best ||
      specificity > best.specificity ||
      (specificity === best.specificity && entityRef < best.entityRef)
    ) {
      best = { entityRef, specificity };
    }
  }
  return best?.entityRef;
}

/**
 * {@link attribute} over a fixed set of entities, indexed so that a row is
 * compared only with the entities one of whose cost tags it carries: the
 * same answers, in time that does not grow with the number of entities.
 */
export function attributor(
  entities: Iterable<AttributionTarget>,
): (tags: Record<string, string>) => string | undefined {
  const byFirstTag = new Map<string, AttributionTarget[]>();
  for (const target of entities) {
    const first = Object.entries(target.costTags)[0];
    if (!first) continue; // matches nothing
    const key = JSON.stringify(first);
    byFirstTag.set(key, [...(byFirstTag.get(key) ?? []), target]);
  }
  return tags =>
    attribute(
      tags,
      Object.entries(tags).flatMap(
        tag => byFirstTag.get(JSON.stringify(tag)) ?? [],
      ),
    );
}
