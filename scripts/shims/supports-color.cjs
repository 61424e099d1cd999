// Build-time stand-in for chalk's colour detection: article always builds its
// own `new Chalk({ level })` from --color, NO_COLOR and the terminal (output.ts),
// so chalk's guess is never used, and making it loads Node's tty and net
// modules (and reads the environment) on every start.
module.exports = { stdout: false, stderr: false };
