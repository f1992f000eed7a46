/** What a command returns; main.ts alone prints it and sets the exit code. */
export interface CommandResult {
  /** 0 ok, 1 findings (check), 2 unusable input. */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr?: string;
}
