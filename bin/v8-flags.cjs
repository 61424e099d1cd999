'use strict';
// V8 settings, set by bin/article.js through node:v8.
//
// shortRun: set before dist/ is loaded, for every run. scripts/code-cache.cjs
// writes the code caches under the same flags (V8 rejects a cache made under
// other flags), so they must change together.
//
// --no-regexp-tier-up: V8 first compiles a regular expression to bytecode and
// interprets it, then compiles it again to machine code on its second use. A
// run of the parser meets a hundred patterns once or a few times each, so
// most are compiled twice: 5.9 ms of compiling for the patterns of `toc`
// against 2.4 ms when each goes straight to machine code.
//
// --no-sparkplug: the baseline compiler's batches do not pay back within a
// run of a few milliseconds. Turned on again for a large text (below).
//
// Together they take 4-5 ms off `toc` of the bundled article.
//
// largeInput: set once a large text is read, before it is parsed. (The code
// caches of files loaded after that are rejected; those files are small.)
//
// --sparkplug: a long parse needs the baseline compiler: without it `toc` of
// the 13 MB benchmark text is 15 % slower.
//
// --semi-space-growth-factor=1: the young generation keeps its starting size
// instead of doubling while a large text is parsed (the parse keeps most of
// what it allocates, which V8 reads as a reason to grow). Peak memory on the
// 13 MB benchmark text drops by about 15 MB, at no measured cost in time.
//
// --no-opt: no TurboFan. A run is too short for optimized code to repay its
// compilation: on the 13 MB text TurboFan compiled 100 functions in 200 ms of
// background time, which on two cores competes with the parse, and its
// compiler zones added 12 MB to peak memory. Without it, `toc` and `read` of
// that text are 10-12 % faster and peak memory drops from 83 to 70 MB; at
// 65 MB, far past real documents, they are 5-10 % slower. Ignition and
// Sparkplug still run everything.
module.exports = {
  shortRun: ['--no-regexp-tier-up', '--no-sparkplug'],
  largeInput: ['--sparkplug', '--semi-space-growth-factor=1', '--no-opt'],
};
