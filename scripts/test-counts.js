// Prints the test counts of the Jest and Playwright reports of `make test`,
// ending with one "tests: N passed, N failed" line.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const read = file => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch {
    return undefined;
  }
};

const counts = [];
const jest = read('jest.json');
if (jest) {
  counts.push({
    name: 'unit and integration',
    passed: jest.numPassedTests,
    failed: jest.numFailedTests + jest.numRuntimeErrorTestSuites,
    skipped: jest.numPendingTests + jest.numTodoTests,
  });
}
const e2e = read('e2e.json');
if (e2e) {
  counts.push({
    name: 'end-to-end',
    passed: e2e.stats.expected + e2e.stats.flaky,
    failed: e2e.stats.unexpected,
    skipped: e2e.stats.skipped,
  });
}

for (const c of counts) {
  console.log(
    `${c.name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
  );
}
const total = key => counts.reduce((sum, c) => sum + c[key], 0);
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed`);
