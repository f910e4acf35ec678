/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a
 * double quote, a line break or surrounding spaces, with each double quote
 * doubled. `{"service":"api-gateway"}` becomes `"{""service"":""api-gateway""}"`.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** A header line and one line per row, `\n`-terminated; each row has one cell per column. */
export function toCsv(
  columns: readonly string[],
  rows: Iterable<ReadonlyArray<string>>,
): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new Error(
        `a row has ${row.length} cells where the header has ${columns.length}`,
      );
    }
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
