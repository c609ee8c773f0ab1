// The mutation score over src/checks, src/engine and src/report, from the two StrykerJS runs.
import { readFileSync } from 'node:fs';

const totals = {};
for (const file of ['reports/mutation/core.json', 'reports/mutation/checks.json']) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const area = path.split('/')[1];
    totals[area] ??= { killed: 0, survived: 0 };
    for (const mutant of mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') totals[area].killed += 1;
      else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') totals[area].survived += 1;
    }
  }
}
const score = ({ killed, survived }) => ((100 * killed) / (killed + survived)).toFixed(2);
const all = Object.values(totals).reduce((sum, area) => ({ killed: sum.killed + area.killed, survived: sum.survived + area.survived }), { killed: 0, survived: 0 });
for (const [area, counts] of Object.entries(totals)) console.log(`${area.padEnd(8)} ${score(counts)} %  (${counts.killed} killed, ${counts.survived} survived or not covered)`);
console.log(`${'all'.padEnd(8)} ${score(all)} %  (${all.killed} killed, ${all.survived} survived or not covered)`);
