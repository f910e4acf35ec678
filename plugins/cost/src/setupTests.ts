import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

/**
 * The tab renders two charts and two tables, which can take more than a
 * second in jsdom when the suites run side by side: wait longer than the
 * default 1 s.
 */
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(15_000);

/**
 * jsdom has no layout, so recharts' ResponsiveContainer would measure 0 × 0
 * and draw nothing. Report a fixed size instead.
 */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(target: Element) {
    this.callback(
      [
        {
          target,
          contentRect: { width: 600, height: 200 },
        } as ResizeObserverEntry,
      ],
      this as unknown as ResizeObserver,
    );
  }

  unobserve() {}

  disconnect() {}
}

window.ResizeObserver =
  FixedSizeResizeObserver as unknown as typeof ResizeObserver;
