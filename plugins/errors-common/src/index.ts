/**
 * Types and the project annotation shared by the errors plugin's frontend
 * and backend.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './annotations';
