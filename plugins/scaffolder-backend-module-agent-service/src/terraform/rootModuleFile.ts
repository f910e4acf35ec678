import { HclBlock, HclValue } from './hcl';

/** A file of the root module before it is formatted. */
export interface RootModuleFile {
  /** Under `infra/` */
  path: string;
  items: Array<HclBlock | [string, HclValue]>;
  header?: string;
}
