#!/usr/bin/env node
// Usage: node scripts/count-tests.mjs FILE...
// Adds up test results from vitest JSON reports (*.json) and node:test output logs (TAP `# pass N` or
// spec `ℹ pass N` summary lines), and prints `PASSED FAILED SKIPPED` on one line. A missing file counts as nothing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const r = JSON.parse(text);
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A file that fails to load has no test in it but must not look green.
    failed += (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  } else {
    // The top-level summary is the last occurrence of each counter.
    const last = (name) => {
      const all = [...text.matchAll(new RegExp(`^(?:# |ℹ )${name} (\\d+)\\s*$`, 'gm'))];
      return all.length ? Number(all[all.length - 1][1]) : 0;
    };
    passed += last('pass');
    failed += last('fail') + last('cancelled');
    skipped += last('skipped') + last('todo');
  }
}
console.log(`${passed} ${failed} ${skipped}`);
