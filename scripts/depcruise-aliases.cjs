// The module aliases dependency-cruiser resolves with (see .dependency-cruiser.cjs).
const { resolve } = require('node:path'); // eslint-disable-line @typescript-eslint/no-require-imports

module.exports = { resolve: { alias: { $lib: resolve(__dirname, '../src/lib') } } };
