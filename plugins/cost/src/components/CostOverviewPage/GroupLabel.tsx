import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';

/** Relative to the entity page, where the Costs tab is mounted by default. */
const COSTS_TAB_PATH = 'costs';

/** A link to the Costs tab of an entity. */
export function EntityCostsLink(props: { entityRef: string; label: string }) {
  const { entityRef, label } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  let href: string;
  try {
    href = `${entityRoute(entityRouteParams(entityRef))}/${COSTS_TAB_PATH}`;
  } catch {
    return <>{label}</>;
  }
  return <Link to={href}>{label}</Link>;
}

/**
 * What a group or a mover is called: a link to the Costs tab for a
 * service, to the entity page for a team, plain text for a provider.
 */
export function GroupLabel(props: {
  label: string;
  entityRef?: string;
  costsTab: boolean;
}) {
  const { label, entityRef, costsTab } = props;
  if (!entityRef) return <>{label}</>;
  if (costsTab) return <EntityCostsLink entityRef={entityRef} label={label} />;
  return (
    <EntityRefLink entityRef={entityRef} hideIcon>
      {label}
    </EntityRefLink>
  );
}
