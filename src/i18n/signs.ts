// Two details of how Intl writes a signed figure that the screens must not show:
// a value that rounds to zero keeps its minus ("-CN¥0.00" for -0 or -0.001), and
// a browser may break a line between a minus and a currency sign, leaving "-" at
// the end of one line and "CN¥1,234.00" at the start of the next.

/** The value, or 0 when it shows as zero at `digits` decimals: zero is written without a sign. */
export function unsignedZero(v: number, digits: number): number {
  let scale = 1;
  for (let i = 0; i < digits; i++) scale *= 10;
  return Math.round(Math.abs(v) * scale) === 0 ? 0 : v;
}

/** A WORD JOINER (U+2060, invisible) after the minus: no line break there, whatever the width. */
export function keepMinusWithFigure(text: string): string {
  return text.replace('-', '-\u2060');
}
