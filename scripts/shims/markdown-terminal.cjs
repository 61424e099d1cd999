// Build-time stand-in for src/render/markdown-terminal.ts inside dist/terminal.cjs:
// marked and marked-terminal load from their own file on the first Markdown to
// render (plain-text documents never need them), not with the renderer.
module.exports.createMarkdownToTerminal = (...args) => require('./markdown-terminal.cjs').createMarkdownToTerminal(...args);
