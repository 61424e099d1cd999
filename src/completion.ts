/**
 * Shell completion scripts, generated from the commander program itself so
 * that they list exactly the commands and options `--help` shows. For
 * `section` (and `read --at`) they ask `article __selectors FILE` for the
 * selectors of the file on the command line (the bundled article without one).
 */

import type { Command, Option } from 'commander';

interface OptionSpec {
  flags: string[];
  description: string;
  takesValue: boolean;
  choices: string[];
}

interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Choices of the first argument (completion's shells). */
  argChoices: string[];
}

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
  return { flags, description: option.description, takesValue: option.required || option.optional, choices: option.argChoices ?? [] };
}

function describe(program: Command): { global: OptionSpec[]; commands: CommandSpec[] } {
  const help = program.createHelp();
  const global = help.visibleOptions(program).map(optionSpec);
  const commands = help.visibleCommands(program).map((c) => ({
    name: c.name(),
    description: c.description(),
    options: help.visibleOptions(c).map(optionSpec),
    argChoices: c.registeredArguments[0]?.argChoices ?? [],
  }));
  return { global, commands };
}

const words = (list: readonly string[]): string => list.join(' ');
const singleQuoted = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
/** A one-line description for a completion menu. */
const short = (text: string): string => text.split(/[;:(]/)[0]?.trim() ?? '';

function bash(program: Command): string {
  const { global, commands } = describe(program);
  const all = [...global, ...commands.flatMap((c) => c.options)];
  const valueCases = new Map<string, string>();
  for (const o of all) {
    if (!o.takesValue) continue;
    const pattern = o.flags.join('|');
    if (o.flags.includes('--at')) valueCases.set(pattern, '__article_selectors');
    else if (o.choices.length > 0) valueCases.set(pattern, `COMPREPLY=($(compgen -W ${singleQuoted(words(o.choices))} -- "$cur"))`);
    else valueCases.set(pattern, ':');
  }
  const valueFlags = all.filter((o) => o.takesValue && o.choices.length === 0).flatMap((o) => o.flags);
  const choiceFlags = all.filter((o) => o.takesValue && o.choices.length > 0).flatMap((o) => o.flags);
  const commandOptions = commands.map((c) => `    ${c.name}) opts+=' ${words(c.options.flatMap((o) => o.flags))}' ;;`).join('\n');
  return `# bash completion for article: source <(article completion bash)
__article_selectors() {
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(article __selectors \${file:+"$file"} 2>/dev/null)" -- "$cur"))
}

_article() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  local commands=${singleQuoted(words(commands.map((c) => c.name)))}
  local cmd='' file='' args=0 i w skip=0
  # Words after the cursor count too: the FILE is often typed after the selector.
  for ((i = 1; i < \${#COMP_WORDS[@]}; i++)); do
    ((i == COMP_CWORD)) && continue
    w=\${COMP_WORDS[i]}
    if ((skip)); then skip=0; continue; fi
    case $w in
      ${[...valueFlags, ...choiceFlags].join('|')}) skip=1 ;;
      -*) ;;
      *)
        if [[ -z $cmd && " $commands " == *" $w "* ]]; then cmd=$w
        else
          ((i < COMP_CWORD)) && [[ -n $cmd ]] && args=$((args + 1))
          [[ -f $w ]] && file=$w
        fi ;;
    esac
  done
  case $prev in
${[...valueCases].map(([pattern, action]) => `    ${pattern}) ${action}; return ;;`).join('\n')}
  esac
  if [[ $cur == -* ]]; then
    local opts=${singleQuoted(words(global.flatMap((o) => o.flags)))}
    case $cmd in
${commandOptions}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
    '') COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    section) if ((args == 0)); then __article_selectors; fi ;;
    find) ;;
    completion) COMPREPLY=($(compgen -W ${singleQuoted(words(commands.find((c) => c.name === 'completion')?.argChoices ?? []))} -- "$cur")) ;;
  esac
}

complete -o default -o bashdefault -F _article article
`;
}

function zsh(program: Command): string {
  const { global, commands } = describe(program);
  const describeList = (list: readonly { name: string; description: string }[]): string =>
    list.map((c) => `    ${singleQuoted(`${c.name}:${short(c.description).replace(/:/g, '\\:')}`)}`).join('\n');
  const optionLines = (options: readonly OptionSpec[]): string =>
    options.flatMap((o) => o.flags.map((f) => `    ${singleQuoted(`${f}:${short(o.description).replace(/:/g, '\\:')}`)}`)).join('\n');
  const all = [...global, ...commands.flatMap((c) => c.options)];
  const valueFlags = all.filter((o) => o.takesValue).flatMap((o) => o.flags);
  const choiceCases = all
    .filter((o) => o.takesValue)
    .map((o) => {
      const action = o.flags.includes('--at')
        ? '__article_selectors; return'
        : o.choices.length > 0
          ? `compadd -- ${words(o.choices)}; return`
          : 'return';
      return `    ${o.flags.join('|')}) ${action} ;;`;
    })
    .join('\n');
  return `#compdef article
# zsh completion for article: source <(article completion zsh), or save as _article on your fpath
__article_selectors() {
  local -a selectors
  selectors=(\${(f)"$(article __selectors \${file:+"$file"} 2>/dev/null)"})
  compadd -- $selectors
}

_article() {
  local -a commands global_opts opts
  commands=(
${describeList(commands)}
  )
  global_opts=(
${optionLines(global)}
  )
  local cmd='' file='' w i skip=0 args=0
  # Words after the cursor count too: the FILE is often typed after the selector.
  for ((i = 2; i <= $#words; i++)); do
    ((i == CURRENT)) && continue
    w=\${words[i]}
    if ((skip)); then skip=0; continue; fi
    case $w in
      ${valueFlags.join('|')}) skip=1 ;;
      -*) ;;
      *)
        if [[ -z $cmd && -n \${commands[(r)$w:*]} ]]; then cmd=$w
        else
          ((i < CURRENT)) && [[ -n $cmd ]] && args=$((args + 1))
          [[ -f $w ]] && file=$w
        fi ;;
    esac
  done
  case \${words[CURRENT-1]} in
${choiceCases}
  esac
  if [[ $PREFIX == -* ]]; then
    opts=($global_opts)
    case $cmd in
${commands.map((c) => `      ${c.name}) opts+=(\n${optionLines(c.options).replace(/^ {4}/gm, '        ')}\n      ) ;;`).join('\n')}
    esac
    _describe -t options option opts
    return
  fi
  case $cmd in
    '') _describe -t commands command commands; _files ;;
    section) if ((args == 0)); then __article_selectors; else _files; fi ;;
    completion) compadd -- ${words(commands.find((c) => c.name === 'completion')?.argChoices ?? [])} ;;
    *) _files ;;
  esac
}

if [[ $funcstack[1] == _article ]]; then _article "$@"; else compdef _article article; fi
`;
}

function fish(program: Command): string {
  const { global, commands } = describe(program);
  const optionLine = (o: OptionSpec, condition: string | null): string => {
    const parts = ['complete -c article'];
    if (condition !== null) parts.push(`-n ${singleQuoted(condition)}`);
    for (const f of o.flags) parts.push(f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
    if (o.flags.includes('--at')) parts.push("-x -a '(__article_selectors)'");
    else if (o.choices.length > 0) parts.push(`-x -a ${singleQuoted(words(o.choices))}`);
    else if (o.takesValue) parts.push('-x');
    parts.push(`-d ${singleQuoted(short(o.description))}`);
    return parts.join(' ');
  };
  const names = words(commands.map((c) => c.name));
  return `# fish completion for article: article completion fish > ~/.config/fish/completions/article.fish
function __article_file
    for w in (commandline -opc)[2..-1]
        if test -f "$w"
            echo $w
            return
        end
    end
end

function __article_selectors
    article __selectors (__article_file) 2>/dev/null
end

function __article_needs_selector
    set -l tokens (commandline -opc)
    contains -- section $tokens; or return 1
    set -l after (contains -i -- section $tokens)
    for w in $tokens[(math $after + 1)..-1]
        string match -q -- '-*' $w; or return 1
    end
    return 0
end

complete -c article -n "not __fish_seen_subcommand_from ${names}" -a ${singleQuoted(names)}
${commands.map((c) => `complete -c article -f -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${singleQuoted(short(c.description))}`).join('\n')}
complete -c article -f -n '__article_needs_selector' -a '(__article_selectors)'
complete -c article -f -n '__fish_seen_subcommand_from completion' -a ${singleQuoted(words(commands.find((c) => c.name === 'completion')?.argChoices ?? []))}
${global.map((o) => optionLine(o, null)).join('\n')}
${commands.flatMap((c) => c.options.filter((o) => !o.flags.includes('--help')).map((o) => optionLine(o, `__fish_seen_subcommand_from ${c.name}`))).join('\n')}
`;
}

export function completionScript(shell: 'bash' | 'zsh' | 'fish', program: Command): string {
  switch (shell) {
    case 'bash':
      return bash(program);
    case 'zsh':
      return zsh(program);
    case 'fish':
      return fish(program);
  }
}
