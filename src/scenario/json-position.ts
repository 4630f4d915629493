/**
 * Where a text stops being JSON (RFC 8259), found by a scanner of our own: JSON.parse's
 * messages quote the text ("Unexpected token 'r', "root:SECRE"... is not valid JSON") and
 * give a position only for some errors. The scanner keeps its own stack, so nesting depth
 * costs no call stack.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** Offset just past a string starting at text[i] === '"', or -1 - (offset of the fault). */
function stringEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c < 0x20) return -1 - k;
    if (c === 0x5c) {
      ESCAPE.lastIndex = k + 1;
      if (!ESCAPE.test(text)) return -2 - k;
      k = ESCAPE.lastIndex - 1;
    }
  }
  return -1 - text.length;
}

/** Offset just past a number or true/false/null at text[i], or -1 - i. */
function scalarEnd(text: string, i: number): number {
  for (const re of [NUMBER, LITERAL]) {
    re.lastIndex = i;
    if (re.test(text)) return re.lastIndex;
  }
  return -1 - i;
}

/** The offset of the first character that makes `text` invalid JSON (text.length if it ends too soon); undefined for valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = [];
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    const c = text[i];
    if (state === 'after') {
      const closer = closers[closers.length - 1];
      if (closer === undefined) return i === text.length ? undefined : i;
      if (c === ',') { i++; state = closer === '}' ? 'key' : 'value'; }
      else if (c === closer) { i++; closers.pop(); }
      else return i;
      continue;
    }
    if ((state === 'firstKey' && c === '}') || (state === 'firstValue' && c === ']')) { i++; closers.pop(); state = 'after'; continue; }
    if (state === 'key' || state === 'firstKey') {
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -1 - end;
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    if (c === '{' || c === '[') { i++; closers.push(c === '{' ? '}' : ']'); state = c === '{' ? 'firstKey' : 'firstValue'; continue; }
    const end = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
    if (end < 0) return -1 - end;
    i = end;
    state = 'after';
  }
}
