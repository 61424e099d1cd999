// Build-time stand-in for marked in dist/article.cjs: only Markdown input needs
// its lexer, and marked builds its grammar when it loads. Load it on first use.
let real;
module.exports = {
  get Lexer() {
    real ??= require('./marked.cjs');
    return real.Lexer;
  },
};
