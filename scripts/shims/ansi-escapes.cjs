// Build-time stand-in for ansi-escapes in dist/terminal.cjs: marked-terminal
// uses it only for OSC 8 hyperlinks, which article never writes (links are
// rendered as text; the output filter allows only SGR). The real module reads
// the environment and loads os at start-up.
module.exports = { link: (text) => text };
