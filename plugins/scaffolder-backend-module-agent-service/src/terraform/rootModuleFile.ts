import { HclAttribute, HclBlock } from './hcl';

/** A file of the root module before it is formatted. */
export interface RootModuleFile {
  /** Under `infra/` */
  path: string;
  items: Array<HclBlock | HclAttribute>;
  header?: string;
}
