import { Incident } from '../prometheus/incidents';
import { hashString, mulberry32 } from '../random';
import { DemoService } from '../services';
import { Cell, EventSource } from './events';
import { RequestModel } from './requests';

const HOUR = 3600;

/** The part of the hour that starts at `hour` inside [`start`, `end`). */
function overlap(hour: number, start: number, end: number) {
  const from = Math.max(hour, start);
  const to = Math.min(hour + HOUR, end);
  return from < to ? { from, to } : undefined;
}

/**
 * Events at a steady share of the service's requests from `start` until
 * `end`: each hour's expected count with the history's ±50 % noise on the 500
 * ratio, rounded up or down at random, at a random phase (the same for the
 * same `seedKey` and hour, so an hour's events never change).
 */
export function steadySource(options: {
  requests: RequestModel;
  service: DemoService;
  eventsPerRequest: number;
  start: number;
  end: number;
  seedKey: string;
}): EventSource {
  const { requests, service, eventsPerRequest, start, end, seedKey } = options;
  return {
    start,
    end,
    cell(hour: number): Cell | undefined {
      const part = overlap(hour, start, end);
      if (!part) return undefined;
      const expected =
        (requests.inHour(service, hour) *
          (part.to - part.from) *
          eventsPerRequest) /
        HOUR;
      const random = mulberry32(hashString(`${seedKey}/${hour}`));
      const noise = 1 + 0.5 * (random() + random() - 1);
      const count = Math.floor(expected * noise + random());
      return count > 0
        ? { start: part.from, end: part.to, count, phase: random() }
        : undefined;
    },
  };
}

/**
 * Events while an incident lasts: its expected requests, minute by minute as
 * the history has them, times `eventsPerRequest`, rounded per hour; the
 * first one at the incident's start.
 */
export function incidentSource(options: {
  requests: RequestModel;
  service: DemoService;
  incident: Incident;
  eventsPerRequest: number;
}): EventSource {
  const { requests, service, incident, eventsPerRequest } = options;
  return {
    start: incident.start,
    end: incident.end,
    cell(hour: number): Cell | undefined {
      const part = overlap(hour, incident.start, incident.end);
      if (!part) return undefined;
      const count = Math.round(
        requests.between(service, part.from, part.to) * eventsPerRequest,
      );
      return count > 0
        ? { start: part.from, end: part.to, count, phase: 0 }
        : undefined;
    },
  };
}
