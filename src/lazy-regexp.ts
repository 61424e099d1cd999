/**
 * Regular expressions built on first use.
 *
 * V8 builds a pattern's character classes when the RegExp is created (for a
 * literal, when its line runs): a Unicode property class such as `\p{L}`, or a
 * case-insensitive Unicode pattern, is built from ICU's tables then, at about
 * 0.4 million instructions each, and compiling it on first match costs as much
 * again. Created at module load, the parser's few dozen such patterns were a
 * quarter of the cost of starting the program (callgrind), though a run uses
 * few of them. Wrapped in `lazy`, a pattern costs nothing until a line reaches it.
 */

/** What the parser asks of a pattern: a RegExp, or a lazy one. */
export interface Pattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

export class LazyRegExp implements Pattern {
  private built: RegExp | undefined;

  constructor(private readonly build: () => RegExp) {}

  /** The RegExp itself, for `replace`, `match`, `split` and `lastIndex`. */
  get regexp(): RegExp {
    if (this.built === undefined) this.built = this.build();
    return this.built;
  }

  test(text: string): boolean {
    return this.regexp.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.regexp.exec(text);
  }
}

/** `lazy(() => /\p{Lu}/u)`: the literal stays readable where it is used, and is made on the first test. */
export const lazy = (build: () => RegExp): LazyRegExp => new LazyRegExp(build);
