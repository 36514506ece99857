// npm audit of the production dependencies, failing on high or critical advisories. When the registry's
// audit service cannot be reached (some networks answer its POST with 405), it says so plainly and passes,
// unless AUDIT_REQUIRED=1: an unreachable service is not a clean bill of health, and is never reported as one.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: run.stderr || 'no output' };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.warn(
    `npm audit NOT CHECKED: the audit service did not answer (${report.message ?? report.error?.summary}).`,
  );
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`- ${name}: ${v.severity} (${v.range})`);
  process.exit(1);
}
