import { ActionPin, PINNED_ACTIONS, PinnedAction } from './actionPins';

/** Pins for tests: a distinct made-up SHA per action. */
export const TEST_PINS = Object.fromEntries(
  PINNED_ACTIONS.map((action, i) => [
    action,
    { sha: String(i).padStart(2, '0').repeat(20), version: `v${i + 1}.0.0` },
  ]),
) as Record<PinnedAction, ActionPin>;
