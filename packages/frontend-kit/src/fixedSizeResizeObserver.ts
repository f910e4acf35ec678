/**
 * For tests: jsdom has no layout, so recharts' ResponsiveContainer would
 * measure 0 × 0 and draw nothing. This makes every observed element report
 * `width` × `height` instead. Call it from a plugin's `setupTests.ts`.
 */
export function installFixedSizeResizeObserver(width = 600, height = 200) {
  class FixedSizeResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}

    observe(target: Element) {
      this.callback(
        [{ target, contentRect: { width, height } } as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }

    unobserve() {}

    disconnect() {}
  }
  window.ResizeObserver =
    FixedSizeResizeObserver as unknown as typeof ResizeObserver;
}
