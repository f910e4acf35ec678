import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const KINDS: Record<string, KindValidator> = {
  component: componentEntityV1alpha1Validator,
  api: apiEntityV1alpha1Validator,
  resource: resourceEntityV1alpha1Validator,
};

/**
 * Checks each entity as the catalog would on registration: the envelope,
 * field formats and its kind's schema. Throws naming the entity and what
 * is wrong; a failure here is a bug in what generated it.
 */
export async function validateEntities(entities: unknown[]): Promise<void> {
  for (const [i, data] of entities.entries()) {
    const name = (data as Entity)?.metadata?.name ?? `document ${i + 1}`;
    try {
      const entity = (await policy.enforce(data as Entity)) as Entity;
      const validator = KINDS[entity.kind.toLocaleLowerCase('en-US')];
      if (!validator || !(await validator.check(entity))) {
        throw new Error(
          `kind ${entity.kind} is not one the catalog accepts here`,
        );
      }
    } catch (error) {
      throw new Error(`catalog entity ${name}: ${(error as Error).message}`);
    }
  }
}
