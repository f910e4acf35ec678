import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { installFixedSizeResizeObserver } from '@internal/frontend-kit';

/**
 * The lazily loaded tab content takes more than the default 1 s to appear
 * in jsdom when the whole suite runs on a busy machine, and a test more
 * than the default 5 s.
 */
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(15_000);

installFixedSizeResizeObserver();
