// Build-time stand-in for cli-highlight inside dist/terminal.cjs: highlight.js is
// most of the renderer's weight, so it is loaded from its own file on the first
// code block that needs colour, not at start-up.
let real;
module.exports.highlight = (code, options) => {
  real ??= require('./highlight.cjs');
  return real.highlight(code, options);
};
