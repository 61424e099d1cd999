// Build-time stand-in for string-width in dist/article.cjs: the real module
// builds an Intl.Segmenter when it loads (about 10 ms), and most runs measure
// nothing but ASCII (which wrap.ts counts itself). Load it on first use.
let real;
module.exports = (text, options) => {
  real ??= require('./string-width.cjs').default;
  return real(text, options);
};
