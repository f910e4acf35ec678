import { formatAbsoluteTime, formatRelativeTime } from './time';

/** `3 hours ago`, with the local date and time on hover. */
export function RelativeTime(props: { iso: string }) {
  const { iso } = props;
  return (
    <time dateTime={iso} title={formatAbsoluteTime(iso)}>
      {formatRelativeTime(iso)}
    </time>
  );
}
