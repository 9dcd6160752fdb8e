/** Escapes `%`, `_` and `\` so user input matches itself in a `LIKE` pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
