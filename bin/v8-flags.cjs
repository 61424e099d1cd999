'use strict';
// V8 settings for a short run over a large input, set by bin/article.js once the
// text is read and found large (a million characters or more), before it is
// parsed. A short run keeps V8's defaults, under which the code caches are made.
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
module.exports = ['--semi-space-growth-factor=1', '--no-opt'];
