#!/usr/bin/env node
// Validates Stipple's xAPI exports with Learning Locker's statement validator
// (@learninglocker/xapi-validation 3.0.0, pinned with package-lock.json; `npm ci` installs it).
//   node validate.js FILE [--count N]
// FILE holds a JSON array of statements (or one statement). Prints one line per fault naming the statement
// index and the field, and exits 1 when any statement has a fault or the count is not N; else prints a
// summary and exits 0.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const args = process.argv.slice(2);
const file = args[0];
const countAt = args.indexOf('--count');
const expected = countAt >= 0 ? Number(args[countAt + 1]) : null;
if (!file) {
  console.error('usage: node validate.js FILE [--count N]');
  process.exit(2);
}
let data;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: not a JSON file (${e.message})`);
  process.exit(1);
}
const statements = Array.isArray(data) ? data : [data];
let faults = 0;
statements.forEach((statement, i) => {
  for (const w of validate(statement)) {
    faults += 1;
    const where = Array.isArray(w.path) ? w.path.join('.') : String(w.path);
    console.error(`${file}: statement ${i}: ${where}: ${w.constructor.name}` +
                  `${w.message ? ' ' + w.message : ''} (data: ${JSON.stringify(w.data)})`);
  }
});
if (expected !== null && statements.length !== expected) {
  console.error(`${file}: ${statements.length} statements, expected ${expected}`);
  faults += 1;
}
if (faults) process.exit(1);
console.log(`${file}: ${statements.length} statements, 0 faults`);
