/**
 * Types, annotations and the error-budget maths shared by the SLO plugin's
 * frontend and backend.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './annotations';
export * from './durations';
export * from './windows';
export * from './errorBudget';
export * from './burnRates';
export * from './status';
