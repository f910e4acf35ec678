import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { installFixedSizeResizeObserver } from '@internal/frontend-kit';

/**
 * The tab renders several cards and charts, which takes a second or more in
 * jsdom when the suites run side by side: wait for it longer than the
 * default 1 s, and give each test more than the default 5 s.
 */
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(15_000);

installFixedSizeResizeObserver();
