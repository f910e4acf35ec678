import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { installFixedSizeResizeObserver } from '@internal/frontend-kit';

/**
 * The tab renders two charts and two tables, which can take more than a
 * second in jsdom when the suites run side by side: wait longer than the
 * default 1 s.
 */
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(15_000);

installFixedSizeResizeObserver();
