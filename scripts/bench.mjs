#!/usr/bin/env node
// npm run bench: start-up and scaling of `article` beside `node -e 0` (and lowdown,
// pandoc, bat when installed), measured in the same shuffled rounds.
//
// On a noisy 2-core machine a ratio of medians swings; the median of per-round
// ratios (each command against the `node -e 0` run of its own round) does not.
// Usage: node scripts/bench.mjs [--rounds N] [--only REGEX]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'article.js');
const SEED = join(ROOT, 'seeds', 'journey-of-friendship.txt');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(option('--rounds', '15'));
const only = new RegExp(option('--only', '.'));

// ---------------------------------------------------------------------------
// Inputs, generated deterministically: the bundled article's paragraphs under numbered headings.

function seedParagraphs() {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  return lines.filter((l) => l.length > 200).map((l) => l.replace(/[\s\u00a0\u2002]+/g, ' ').trim());
}

/** A text of about `bytes` bytes with `sections` numbered sections (`N.` top level, `N.M` below). */
function generate(bytes, sections, markdown) {
  const paragraphs = seedParagraphs();
  const perSection = Math.max(1, Math.round(bytes / sections / 1500));
  const out = [markdown ? '# A Long Generated Report' : 'A Long Generated Report', '', '2023-03-22 23:30', ''];
  let p = 0;
  for (let s = 1; s <= sections; s++) {
    const top = Math.ceil(s / 3);
    const sub = ((s - 1) % 3) + 1;
    const words = paragraphs[s % paragraphs.length]
      .split(' ')
      .slice(3, 9)
      .join(' ')
      .replace(/[,.;:]$/, '');
    const label = sub === 1 ? `${top}.` : `${top}.${sub - 1}`;
    const heading = `${label} ${words[0].toUpperCase()}${words.slice(1)}`;
    out.push(markdown ? `${sub === 1 ? '##' : '###'} ${heading}` : heading, '');
    for (let k = 0; k < perSection; k++) out.push(paragraphs[p++ % paragraphs.length], '');
  }
  return out.join('\n');
}

/** `lines` short lines of words from the article, with no blank line between them. */
function block(lines) {
  const words = seedParagraphs().join(' ').split(' ');
  return Array.from({ length: lines }, (_, i) => `${i + 1},${words[i % words.length]},${words[(i * 7) % words.length]}-`).join('\n');
}

function prepareData() {
  mkdirSync(DATA, { recursive: true });
  const files = {
    big: ['big.txt', () => generate(13_000_000, 3000, false)],
    bigMd: ['big.md', () => generate(13_000_000, 3000, true)],
    x10: ['x10.txt', () => Array.from({ length: 10 }, () => readFileSync(SEED, 'utf8')).join('\n\n')],
    x100: ['x100.txt', () => Array.from({ length: 100 }, () => readFileSync(SEED, 'utf8')).join('\n\n')],
    // One block of many short lines and no blank line (a CSV export, a log): joining them must stay linear.
    block10k: ['block-10k.txt', () => block(10_000)],
    block100k: ['block-100k.txt', () => block(100_000)],
  };
  const paths = {};
  for (const [key, [name, make]] of Object.entries(files)) {
    const path = join(DATA, name);
    if (!existsSync(path)) writeFileSync(path, make());
    paths[key] = path;
  }
  return paths;
}

// ---------------------------------------------------------------------------
// Commands

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const data = prepareData();
const article = (...argv) => ['node', BIN, ...argv];

const commands = [
  { name: 'node -e 0', argv: ['node', '-e', '0'], baseline: true },
  { name: 'toc', argv: article('toc'), target: 1.15 },
  { name: 'section 2', argv: article('section', '2'), target: 1.15 },
  { name: 'read (pipe)', argv: article('read') },
  { name: 'read --color=always', argv: article('read', '--color=always'), target: 1.3 },
  { name: 'toc x10', argv: article('toc', data.x10), scale: 'toc' },
  { name: 'toc x100', argv: article('toc', data.x100), scale: 'toc' },
  { name: 'read x10 (pipe)', argv: article('read', data.x10), scale: 'read' },
  { name: 'read x100 (pipe)', argv: article('read', data.x100), scale: 'read' },
  { name: 'read block 10k lines', argv: article('read', data.block10k), scale: 'block' },
  { name: 'read block 100k lines', argv: article('read', data.block100k), scale: 'block' },
  { name: 'toc 13MB', argv: article('toc', data.big), target: 2 },
  { name: 'read 13MB (pipe)', argv: article('read', data.big), target: 3 },
  { name: 'read 13MB --color=always', argv: article('read', data.big, '--color=always', '--width', '80'), peer: 'lowdown -Tterm 13MB.md' },
  { name: 'read 13MB.md --color=always', argv: article('read', data.bigMd, '--color=always', '--width', '80') },
];
// Time to the first screen in the pager: under a pseudo-terminal, a pager that takes one screenful
// (4,000 bytes), then notes the time; measured against node -e 0 under the same pseudo-terminal.
// The reader then quits: "quit at the first screen" is when the program has ended.
const pty = (command) => ['script', '-qfec', `stty rows 40 cols 100; ${command}`, '/dev/null'];
const STAMP = join(DATA, 'first-screen.stamp');
const firstScreen = (file) => pty(`node ${BIN} read ${file} --pager 'head -c 4000 >/dev/null; date +%s%N > ${STAMP}'`);
if (has('script')) {
  commands.push({ name: 'node -e 0 (pty)', argv: pty('node -e 0') });
  for (const [label, file] of [
    ['13MB', data.big],
    ['13MB.md', data.bigMd],
  ]) {
    commands.push({
      name: `first screen, read ${label} in the pager`,
      argv: firstScreen(file),
      stamp: STAMP,
      base: 'node -e 0 (pty)',
      target: 1.3,
    });
  }
  commands.push({ name: 'quit at the first screen, 13MB', argv: firstScreen(data.big), base: 'node -e 0 (pty)' });
}
if (has('lowdown')) commands.push({ name: 'lowdown -Tterm 13MB.md', argv: ['lowdown', '-Tterm', data.bigMd] });
if (has('pandoc')) commands.push({ name: 'pandoc -t plain 13MB.md', argv: ['pandoc', '-t', 'plain', data.bigMd] });
if (has('bat')) commands.push({ name: 'bat --color=always 13MB.md', argv: ['bat', '--color=always', '--paging=never', data.bigMd] });
if (has('batcat'))
  commands.push({ name: 'batcat --color=always 13MB.md', argv: ['batcat', '--color=always', '--paging=never', data.bigMd] });

const selected = commands.filter((c) => c.baseline || only.test(c.name) || commands.some((o) => o.base === c.name && only.test(o.name)));

// ---------------------------------------------------------------------------
// Measure

/** Seconds until the command ends, or until it wrote its time stamp (`date +%s%N`) when it has one. */
function timeOnce({ argv, stamp }) {
  if (stamp) rmSync(stamp, { force: true });
  const startMs = performance.timeOrigin + performance.now();
  const start = process.hrtime.bigint();
  // stdout is a pipe, as in `article toc | ...` (not /dev/null, which is a character device).
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  if (stamp) return (Number(readFileSync(stamp, 'utf8')) / 1e6 - startMs) / 1000;
  return seconds;
}

function peakMemoryKb(argv) {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const last = result.stderr.trim().split('\n').pop();
  return Number(last);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function shuffle(list, seed) {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

for (const c of selected) timeOnce(c); // warm the file cache
const times = new Map(selected.map((c) => [c.name, []]));
const ratios = new Map(selected.map((c) => [c.name, []]));
for (let r = 0; r < rounds; r++) {
  const round = new Map();
  for (const c of shuffle(selected, r + 1)) round.set(c.name, timeOnce(c));
  for (const c of selected) {
    const t = round.get(c.name);
    times.get(c.name).push(t);
    ratios.get(c.name).push(t / round.get(c.base ?? 'node -e 0'));
  }
}

// ---------------------------------------------------------------------------
// Report

const baseMemory = peakMemoryKb(['node', '-e', '0']);
const bigMb = statSync(data.big).size / 1e6;
const fmt = (n, d = 2) => n.toFixed(d);
const rows = [];
for (const c of selected) {
  const t = median(times.get(c.name));
  const ratio = median(ratios.get(c.name));
  const memory = peakMemoryKb(c.argv);
  let verdict = '';
  if (c.target) verdict = ratio <= c.target ? `ok (<= ${c.target}x)` : `over (target ${c.target}x)`;
  if (c.base) verdict += ` (x ${c.base})`;
  if (c.peer && times.has(c.peer)) {
    const peerRatio = median(times.get(c.name).map((v, i) => v / times.get(c.peer)[i]));
    verdict = `${fmt(peerRatio)}x ${c.peer}`;
  }
  rows.push([c.name, fmt(t, 3), fmt(ratio), memory === null ? '-' : `${(memory / 1024).toFixed(0)}`, verdict]);
}
const header = ['command', 'median s', 'x node -e 0', 'peak MB', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `node ${process.version}, ${rounds} shuffled rounds, median of per-round ratios; 13MB text: ${fmt(bigMb, 1)} MB, 3000 sections`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

const memoryBudget = (3 * bigMb * 1e6) / 1024 + baseMemory;
const bigMemory = peakMemoryKb(article('read', data.big));
console.log(
  `\npeak memory, read 13MB (pipe): ${(bigMemory / 1024).toFixed(0)} MB; budget 3 x file + node -e 0 = ${(memoryBudget / 1024).toFixed(0)} MB: ${bigMemory <= memoryBudget ? 'ok' : 'over'}`,
);
const scales = {
  toc: { first: 'toc', what: '1x / 10x / 100x the article' },
  read: { first: 'read (pipe)', what: '1x / 10x / 100x the article' },
  block: { first: null, what: 'one block of 10,000 / 100,000 lines' },
};
for (const [kind, { first, what }] of Object.entries(scales)) {
  const list = selected.filter((c) => c.scale === kind || c.name === first);
  if (list.length < 2) continue;
  const base = median(times.get('node -e 0'));
  const parts = list.map((c) => `${c.name}: +${fmt((median(times.get(c.name)) - base) * 1000, 0)} ms`);
  console.log(`scaling (${kind}, time above node -e 0, for ${what}): ${parts.join(', ')}`);
}
