// Step 1 of loading: refuse oversized files before spending time parsing them.
import type { Problem } from '../engine/problems';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Bytes the text takes as UTF-8, counted without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 4; i += 1; } else bytes += 3;
    } else bytes += 3; // other BMP characters; a lone surrogate is encoded as U+FFFD (3 bytes)
  }
  return bytes;
}

export function checkSize(bytes: number, maxBytes: number): Problem | null {
  if (bytes <= maxBytes) return null;
  return { path: '(root)', message: tooLargeMessage(bytes, maxBytes, 'a scenario file') };
}

/**
 * "the file is 6 MB; a run file may be at most 5 MB". Just over the limit both
 * round to the same figure ("the file is 5 MB; … at most 5 MB"), so then the
 * exact byte counts are shown. `atLeast`: the size is a lower bound ("over").
 */
export function tooLargeMessage(bytes: number, maxBytes: number, what: string, atLeast = false): string {
  let size = formatSize(bytes);
  let limit = formatSize(maxBytes);
  if (size === limit) { size = `${bytes} bytes`; limit = `${maxBytes} bytes`; }
  return `the file is ${atLeast ? 'over ' : ''}${size}; ${what} may be at most ${limit}`;
}

/** 1 MB = 1024 × 1024 bytes here, as file managers mostly show it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / (1024 * 1024))} MB`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
