/**
 * node-polyglot (react-admin's translator) requires the `object.entries` polyfill, which brings
 * ~14 kB of shims to the sign-in page; every browser we support has `Object.entries`.
 */
module.exports = Object.entries;
