/** For the default branch of a switch that must cover every member of a union: a compile error otherwise. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
