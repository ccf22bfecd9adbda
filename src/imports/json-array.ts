// The items of a large JSON array, one at a time, from a byte stream: a byte-level scanner finds
// where each top-level item ends (tracking strings, escapes and nesting), and V8's JSON.parse reads
// it. This is several times faster than a token-by-token streaming parser on the big files of
// platform exports (a million tweets), and memory holds one item, not the array.
import type { Readable } from 'node:stream';

const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const OPEN_OBJ = 0x7b; // {
const CLOSE_OBJ = 0x7d; // }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSeparator(b: number): boolean {
  return b === 0x2c || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

export class JsonArrayError extends Error {
  constructor(
    message: string,
    /** Byte offset in the stream where reading stopped. */
    readonly offset: number,
    /** 1-based index of the item being read. */
    readonly item: number,
  ) {
    super(message);
  }
}

/**
 * Yields the raw text of each item (objects or arrays) of the first top-level array in the stream.
 * Anything before the `[` (such as `window.YTD.tweets.part0 = `) is skipped, never evaluated.
 */
export async function* jsonArrayItems(stream: Readable, onBytes?: (read: number) => void): AsyncGenerator<string> {
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escape = false;
  let offset = 0;
  let item = 0;
  let parts: Buffer[] = [];
  for await (const raw of stream) {
    if (ended) break;
    const chunk = raw as Buffer;
    const n = chunk.length;
    let i = 0;
    if (!started) {
      i = chunk.indexOf(OPEN_ARRAY);
      if (i < 0) {
        offset += n;
        continue;
      }
      started = true;
      i++;
    }
    // Where the item in progress starts in this chunk (0 when it began in an earlier one).
    let from = depth > 0 ? 0 : -1;
    for (; i < n; i++) {
      const b = chunk[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (b === BACKSLASH) escape = true;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) {
        if (depth === 0) throw new JsonArrayError('only objects and arrays are expected as items', offset + i, item + 1);
        inString = true;
      } else if (b === OPEN_OBJ || b === OPEN_ARRAY) {
        if (depth === 0) {
          item++;
          from = i;
        }
        depth++;
      } else if (b === CLOSE_OBJ || b === CLOSE_ARRAY) {
        if (depth === 0) {
          if (b === CLOSE_ARRAY) {
            ended = true;
            break;
          }
          throw new JsonArrayError('unexpected "}"', offset + i, item + 1);
        }
        depth--;
        if (depth === 0) {
          parts.push(chunk.subarray(from, i + 1));
          yield parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8');
          parts = [];
          from = -1;
        }
      } else if (depth === 0 && !isSeparator(b)) {
        throw new JsonArrayError('only objects and arrays are expected as items', offset + i, item + 1);
      }
    }
    if (depth > 0 && from >= 0) parts.push(chunk.subarray(from));
    offset += n;
    onBytes?.(offset);
  }
  if (!started) throw new JsonArrayError('no array found', offset, 0);
  if (!ended) {
    throw new JsonArrayError(depth > 0 ? 'cut off in the middle of an item' : 'the array is not closed', offset, depth > 0 ? item : item + 1);
  }
}
