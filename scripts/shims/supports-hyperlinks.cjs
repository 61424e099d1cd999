// Build-time stand-in: article never writes OSC 8 hyperlinks (its output filter
// allows only SGR styling), so there is nothing to detect.
module.exports = { stdout: false, stderr: false };
