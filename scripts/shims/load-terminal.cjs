// Build-time stand-in for src/render/load-terminal.ts: require the separately
// bundled renderer (a dynamic import() would start Node's ESM loader as well).
module.exports.loadTerminalRenderer = async () => require('./terminal.cjs');
