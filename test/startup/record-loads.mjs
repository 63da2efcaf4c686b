// Preloaded with `node --import`: appends the URL of every module the program loads to the file
// named by RECORD_LOADS_TO, one a line. ES module hooks see each import, and a CommonJS package
// where an ES module imports it.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url, { data: { file: process.env.RECORD_LOADS_TO } });
