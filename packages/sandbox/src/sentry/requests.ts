import { Incident } from '../prometheus/incidents';
import { surgeRps } from '../prometheus/serviceTimeline';
import { trafficShare } from '../prometheus/traffic';
import { DemoService } from '../services';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * The work-route requests of the demo services as the Prometheus history
 * simulates them (daily and weekly shape, surges), without its noise, so
 * Sentry's events follow the same traffic.
 */
export class RequestModel {
  private readonly hours = new Map<string, number>();

  constructor(private readonly incidents: readonly Incident[]) {}

  /**
   * Expected work-route requests of `service` in [`from`, `to`) (unix
   * seconds, whole minutes): one step per minute at its midpoint, like the
   * history's 1-minute samples.
   */
  between(service: DemoService, from: number, to: number): number {
    const own = this.incidents.filter(i => i.service === service.name);
    let requests = 0;
    for (let t = from; t < to; t += MINUTE) {
      const midpoint = t + MINUTE / 2;
      const active = own.filter(i => midpoint >= i.start && midpoint < i.end);
      const rps = Math.max(
        service.peakRps * trafficShare(midpoint),
        surgeRps(active, midpoint),
      );
      requests += rps * MINUTE;
    }
    return requests;
  }

  /** {@link RequestModel.between} over the hour that starts at `hour`, computed once. */
  inHour(service: DemoService, hour: number): number {
    const key = `${service.name}/${hour}`;
    let requests = this.hours.get(key);
    if (requests === undefined) {
      requests = this.between(service, hour, hour + HOUR);
      this.hours.set(key, requests);
    }
    return requests;
  }
}
