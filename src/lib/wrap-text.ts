/**
 * Breaks text into lines no wider than `maxWidth`, between words; a word wider than a whole line is split
 * between characters, so nothing is ever cut off. `measure` gives a string's width (a canvas's measureText).
 * @example wrapText('a bb ccc', 3, (s) => s.length) // ['a', 'bb', 'ccc']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    // A single word longer than the line: as many characters as fit, then the rest on the next line.
    while (measure(rest) > maxWidth) {
      const chars = Array.from(rest);
      let fit = 1;
      while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
      lines.push(chars.slice(0, fit).join(''));
      rest = chars.slice(fit).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
