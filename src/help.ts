/**
 * The words of `--help`, the man page and the README's usage section, in one
 * place: each command's summary and its examples. cli.ts builds the commander
 * program from these; scripts/man.ts renders the same program as roff.
 */

export interface Example {
  command: string;
  meaning: string;
}

export const PROGRAM_SUMMARY = 'Read long structured texts in a terminal: the whole text, one section, the contents, or a search.';

export const COMMANDS = {
  read: 'print the whole text (FILE, "-" for standard input, or the bundled article)',
  toc: 'print the table of contents: selectors, word counts, reading time',
  section: 'print sections by position (2, 2.1), label (II), slug, words of the heading or "lead"; several: 1,3 or II..III',
  find: 'print every match of PATTERN with its section and paragraph (exit 1 when nothing matches)',
  completion: 'print a completion script for bash, zsh or fish',
} as const;

export const EXAMPLES: Record<'article' | keyof typeof COMMANDS, Example[]> = {
  article: [
    { command: 'article', meaning: 'read the bundled article' },
    { command: 'article read report.txt', meaning: 'read a file (paged on a terminal)' },
    { command: 'article read --at II report.txt', meaning: 'open the pager at section II' },
    { command: 'article toc rfc9999.txt', meaning: 'list its headings' },
    { command: 'article section 2 report.txt', meaning: 'the second section' },
    { command: 'article section II --next', meaning: 'the section after II' },
    { command: 'article find "peace talks"', meaning: 'where the text says it' },
    { command: 'curl -s URL | article toc -', meaning: 'read standard input' },
  ],
  read: [
    { command: 'article read report.txt', meaning: 'the whole text' },
    { command: 'article read --at II', meaning: 'the whole text, the pager opened at section II' },
    { command: 'article read --part title', meaning: 'just the title (also date, lead, body)' },
    { command: 'article read --part lead | head -c 200', meaning: 'the opening, for a notification' },
    { command: 'article read --width 60 --no-pager', meaning: 'reflow to 60 columns, no pager' },
    { command: 'article read -f markdown > out.md', meaning: 'as Markdown' },
  ],
  toc: [
    { command: 'article toc', meaning: 'headings with selectors, words and reading time' },
    { command: 'article toc --depth 1', meaning: 'top-level headings only' },
    { command: 'article toc -f json | jq -r ".headings[].path"', meaning: 'the selectors, for scripts' },
  ],
  section: [
    { command: 'article section 2', meaning: 'the second top-level section' },
    { command: 'article section II', meaning: 'by its label as written' },
    { command: 'article section "good neighborliness"', meaning: 'by words of its heading' },
    { command: 'article section lead', meaning: 'the paragraphs before the first heading' },
    { command: 'article section 1,3', meaning: 'two sections' },
    { command: 'article section II..III', meaning: 'a range, in document order' },
    { command: 'article section II --next', meaning: 'the section after II (--prev: before it)' },
  ],
  find: [
    { command: 'article find Putin', meaning: 'every match, by section and paragraph' },
    { command: 'article find "win-win cooperation" -i', meaning: 'ignoring case (the default unless PATTERN has a capital)' },
    { command: 'article find --regex "peace (talks|process)"', meaning: 'a JavaScript regular expression' },
    { command: 'article find --count China', meaning: 'matches per section' },
    { command: 'article find -f json peace | jq .total', meaning: 'for scripts' },
  ],
  completion: [
    { command: 'source <(article completion bash)', meaning: 'bash, for this shell' },
    { command: 'article completion zsh > ~/.zfunc/_article', meaning: 'zsh (with ~/.zfunc on fpath)' },
    { command: 'article completion fish > ~/.config/fish/completions/article.fish', meaning: 'fish' },
  ],
};

export const EXIT_STATUS: [code: number, meaning: string][] = [
  [0, 'success (also when the reader quits the pager or closes the pipe early)'],
  [1, 'no such section or part; find: no match'],
  [2, 'usage error: unknown command or option, bad value'],
  [65, 'the input is not text (binary) or is too large'],
  [66, 'the input cannot be read: missing, a directory, no permission'],
  [74, 'the output cannot be written (a full disk)'],
  [130, 'interrupted (Ctrl-C in the pager)'],
];

/** Examples as `--help` prints them: the command, then what it does, aligned. */
export function examplesHelp(examples: readonly Example[]): string {
  const width = Math.max(...examples.map((e) => e.command.length)) + 2;
  const lines = examples.map((e) =>
    e.command.length > 44 ? `  ${e.command}\n  ${' '.repeat(width)}${e.meaning}` : `  ${e.command.padEnd(width)}${e.meaning}`,
  );
  return `\nExamples:\n${lines.join('\n')}`;
}

export function exitStatusHelp(): string {
  return `\nExit status:\n${EXIT_STATUS.map(([code, meaning]) => `  ${String(code).padEnd(5)}${meaning}`).join('\n')}`;
}
