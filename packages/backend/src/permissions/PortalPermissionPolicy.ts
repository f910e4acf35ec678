import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { costImportCreatePermission } from '@internal/plugin-cost-common';

/**
 * The portal's permission policy: everyone may do everything but import
 * cost data, which only the users and groups of `cost.importers` (entity
 * refs) may do, and backend services (a static token's access is limited by
 * its `accessRestrictions`). Adopters replace it with their own module.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  static fromConfig(
    config: Config,
    userInfo: UserInfoService,
  ): PortalPermissionPolicy {
    const importers = (
      config.getOptionalStringArray('cost.importers') ?? []
    ).map((ref, i) => {
      const parsed = parseEntityRef(ref);
      const kind = parsed.kind.toLocaleLowerCase('en-US');
      if (kind !== 'user' && kind !== 'group') {
        throw new Error(
          `cost.importers[${i}] must be a user or group ref such as group:default/platform-team, not ${ref}`,
        );
      }
      return stringifyEntityRef(parsed);
    });
    return new PortalPermissionPolicy(new Set(importers), userInfo);
  }

  private constructor(
    private readonly importers: ReadonlySet<string>,
    private readonly userInfo: UserInfoService,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (isPermission(request.permission, costImportCreatePermission)) {
      if (!user) return { result: AuthorizeResult.ALLOW };
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return {
        result: ownershipEntityRefs.some(ref => this.importers.has(ref))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
