/**
 * API types, annotations and the scaling-policy logic shared by the autoscaling
 * plugin's frontend and backend.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './annotations';
export * from './policy';
export * from './evaluatePolicy';
export * from './formatReading';
