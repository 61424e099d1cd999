// Build-time stand-in for cli-table3 in dist/terminal.cjs: only Markdown
// tables need it, so it is loaded from its own file on the first table.
module.exports = function Table(options) {
  const Real = require('./table.cjs');
  return new Real(options);
};
