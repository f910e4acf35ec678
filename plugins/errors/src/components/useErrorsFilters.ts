import {
  ERRORS_PERIODS,
  ERRORS_SORTS,
  ErrorsPeriod,
  ErrorsSort,
} from '@internal/plugin-errors-common';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/** What the Errors tab shows; no environment or release means all. */
export interface ErrorsFilters {
  environment?: string;
  release?: string;
  period: ErrorsPeriod;
  sort: ErrorsSort;
}

const KEYS = ['environment', 'release', 'period', 'sort'] as const;

const text = (value: string | null) => (value ? value : undefined);

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function read(params: URLSearchParams): ErrorsFilters {
  return {
    environment: text(params.get('environment')),
    release: text(params.get('release')),
    period: oneOf(params.get('period'), ERRORS_PERIODS, '24h'),
    sort: oneOf(params.get('sort'), ERRORS_SORTS, 'freq'),
  };
}

/**
 * The Errors tab's filters, mirrored into the page's search parameters
 * (`?environment=staging&period=14d`) so that a view can be shared and
 * survives a reload. Unknown values fall back to the defaults.
 *
 * The filters live in React state and the URL only follows it: reading
 * them back from the URL would undo a change made while an earlier one is
 * still being written there.
 */
export function useErrorsFilters(): [
  ErrorsFilters,
  (change: Partial<ErrorsFilters>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [filters, setFilters] = useState(() => read(searchParams));

  useEffect(() => {
    setSearchParams(
      current => {
        const next = new URLSearchParams(current);
        for (const key of KEYS) {
          const value = filters[key];
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }, [filters, setSearchParams]);

  const change = useCallback(
    (next: Partial<ErrorsFilters>) =>
      setFilters(current => ({ ...current, ...next })),
    [],
  );
  return [filters, change];
}
