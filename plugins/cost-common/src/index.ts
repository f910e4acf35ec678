/**
 * API types and pure cost logic shared by the cost plugin's frontend and
 * backend: exact decimal amounts, FOCUS rows, attribution to catalog
 * entities, budgets and their forecast, top movers.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './money';
export * from './moneyText';
export * from './dates';
export * from './annotations';
export * from './focus';
export * from './attribution';
export * from './budget';
export * from './movers';
export * from './permissions';
