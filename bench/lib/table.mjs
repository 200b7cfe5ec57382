// The results as a plain-text table, one row per figure.

const COLUMNS = ['figure', 'measured', 'baseline', 'ratio', 'target', 'result'];

function cells(row) {
  const measured =
    row.peakRssMb !== undefined
      ? `${row.value} ${row.unit}, peak RSS ${row.peakRssMb} MB`
      : `${row.value} ${row.unit}`;
  return [
    row.figure,
    measured,
    row.baseline !== undefined ? `${row.baseline} (${row.baselineName})` : '—',
    row.ratio !== undefined ? row.ratio.toFixed(2) : '—',
    row.target ?? '—',
    row.met === undefined ? '—' : row.met ? 'met' : 'MISSED',
  ];
}

/** @param {object[]} rows */
export function formatTable(rows) {
  const table = [COLUMNS, ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(table[0]), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join(
    '\n',
  );
}
