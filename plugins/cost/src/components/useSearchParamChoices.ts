import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/** For each search parameter, the values it may take; the first is the default. */
export type SearchParamChoices<T extends Record<string, string>> = {
  [K in keyof T]: readonly T[K][];
};

function read<T extends Record<string, string>>(
  choices: SearchParamChoices<T>,
  params: URLSearchParams,
): T {
  const values = {} as Record<string, string>;
  for (const [key, allowed] of Object.entries(choices)) {
    const value = params.get(key);
    values[key] = allowed.includes(value as string)
      ? (value as string)
      : allowed[0];
  }
  return values as T;
}

/**
 * A few choices, each mirrored into the page's search parameters under its
 * key (`?period=last-month&groupBy=service`) so that a view can be shared
 * and survives a reload. An unknown or missing value falls back to the
 * first choice.
 *
 * As in the Errors tab, the choices live in React state and the URL only
 * follows them: reading them back from the URL (as core-components'
 * useQueryParamState does, with its debounced write) would undo a change
 * made while an earlier one is still being written there. All keys are
 * written at once: two writes in the same render would each start from the
 * same URL and the second would drop the first. Other search parameters
 * are left as they are.
 */
export function useSearchParamChoices<T extends Record<string, string>>(
  choices: SearchParamChoices<T>,
): [T, (change: Partial<T>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [values, setValues] = useState<T>(() => read(choices, searchParams));

  useEffect(() => {
    setSearchParams(
      current => {
        const entries = Object.entries(values);
        if (entries.every(([key, value]) => current.get(key) === value)) {
          return current;
        }
        const next = new URLSearchParams(current);
        for (const [key, value] of entries) next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }, [values, setSearchParams]);

  const change = useCallback(
    (next: Partial<T>) => setValues(previous => ({ ...previous, ...next })),
    [],
  );
  return [values, change];
}
