import type { Position, Range } from './types';

/**
 * Turns offsets into 0-based lines and UTF-16 characters. A leading BOM is not part of the first
 * line (editors hide it), and \r\n, \n and a lone \r each end a line, as in VS Code.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(this.lineStarts[0], Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  rangeAt(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }

  /**
   * The line ending the document already uses, for text that fixes insert: from its first line
   * break (the line index knows where that is: a file on one line is not searched again per fix).
   */
  get eol(): string {
    if (this.lineStarts.length < 2) return '\n';
    const end = this.lineStarts[1];
    return this.text.charCodeAt(end - 1) === 10
      ? this.text.charCodeAt(end - 2) === 13
        ? '\r\n'
        : '\n'
      : '\r';
  }
}
