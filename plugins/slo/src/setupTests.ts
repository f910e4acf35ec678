import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

/**
 * The lazily loaded tab content takes more than the default 1 s to appear
 * in jsdom when the whole suite runs on a busy machine.
 */
configure({ asyncUtilTimeout: 5000 });

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
