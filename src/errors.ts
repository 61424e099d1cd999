/** Exit codes, after sysexits(3) where one fits. */
export const ExitCode = {
  ok: 0,
  noMatch: 1,
  usage: 2,
  dataErr: 65,
  noInput: 66,
  ioErr: 74,
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The one error type stages throw. Only cli.ts catches it, prints
 * `article: <message>` and sets the exit code.
 */
export class ArticleError extends Error {
  readonly exitCode: ExitCodeValue;
  constructor(message: string, exitCode: ExitCodeValue) {
    super(message);
    this.name = 'ArticleError';
    this.exitCode = exitCode;
  }
}
