// Summaries of repeated measurements, as the benchmark tables print them.

/** The median of `xs` (the mean of the middle two for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "median unit (min–max)" of the finite values of `xs`, or "n/a" when there are none. */
export function fmt(xs, unit = 'ms', digits = 0) {
  const ok = xs.filter(Number.isFinite);
  if (!ok.length) return 'n/a';
  const f = (x) => x.toFixed(digits);
  return `${[f(median(ok)), unit].filter(Boolean).join(' ')} (${f(Math.min(...ok))}–${f(Math.max(...ok))})`;
}

/** `x` as "12.3 ms", or "n/a" when it is not a number (a build without the measure). */
export function ms1(x) {
  return Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a';
}
