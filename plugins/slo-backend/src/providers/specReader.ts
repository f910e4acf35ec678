import { UrlReaderService } from '@backstage/backend-plugin-api';
import { ANNOTATION_LOCATION, Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A spec file's text and the name it is reported under. */
export interface SpecFile {
  file: string;
  text: string;
}

export type SpecReader = (
  entity: Entity,
  relative: string,
) => Promise<SpecFile>;

/**
 * Reads a file named relative to the entity's own catalog file
 * (`backstage.io/managed-by-location`): from disk for `file:` locations, never
 * outside the entity file's folder, and through the UrlReader for `url:` ones.
 */
export function createSpecReader(options: {
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
}): SpecReader {
  return async (entity, relative) => {
    const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    const separator = location?.indexOf(':') ?? -1;
    if (!location || separator < 0) {
      throw new InputError(
        `the entity has no ${ANNOTATION_LOCATION} to resolve "${relative}" against`,
      );
    }
    const type = location.slice(0, separator);
    const target = location.slice(separator + 1);
    if (type === 'file') {
      const folder = path.dirname(target);
      const file = path.resolve(folder, relative);
      if (
        path.relative(folder, file).startsWith('..') ||
        path.isAbsolute(relative)
      ) {
        throw new InputError(
          `"${relative}" points outside the folder of the entity's catalog file`,
        );
      }
      return { file: relative, text: await fs.readFile(file, 'utf8') };
    }
    if (type === 'url') {
      const url = options.integrations.resolveUrl({
        url: relative,
        base: target,
      });
      const response = await options.urlReader.readUrl(url);
      return { file: url, text: (await response.buffer()).toString('utf8') };
    }
    throw new InputError(`location type "${type}" is not supported`);
  };
}
