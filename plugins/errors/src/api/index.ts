export { errorsApiRef } from './ErrorsApi';
export type { ErrorsApi, GetIssuesOptions } from './ErrorsApi';
export { ErrorsClient } from './ErrorsClient';
