// @ts-check
// Every commit since the rule was written (CONTRIBUTING.md, "Before a commit") has a subject of at
// most 72 characters. Run by CI's static checks; `node scripts/check-commit-subjects.js` exits 1
// naming each commit that breaks it. Without the history (a shallow clone) there is nothing to read.
const { execFileSync } = require('child_process');

/** The last commit before the rule: older subjects are history, not checked. */
const SINCE = '3087fa7';
const LIMIT = 72;

function subjects() {
  try {
    return execFileSync('git', ['log', '--format=%h %s', `${SINCE}..HEAD`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    console.log(`check-commit-subjects: ${SINCE} is not in this clone's history: nothing checked`);
    return [];
  }
}

const long = subjects().filter((line) => line.slice(line.indexOf(' ') + 1).length > LIMIT);
for (const line of long) console.error(`subject over ${LIMIT} characters: ${line}`);
process.exit(long.length > 0 ? 1 : 0);
