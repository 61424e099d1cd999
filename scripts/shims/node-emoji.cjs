// Build-time stand-in for node-emoji: article renders with `emoji: false`
// (`:smile:` in a text is text), so its 300 KB table is never needed.
module.exports.get = () => undefined;
