import '@testing-library/jest-dom';

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
