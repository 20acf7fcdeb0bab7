/**
 * The breaking-change gate (`npm run contract:check`, run by .ci/run): compares the current bundles with the
 * released contract, document by document (compare.ts), and fails on any breaking change that
 * contract/approved-breaking-changes.yaml does not approve with a reason. Additions pass.
 *
 * Usage: tsx scripts/contract/check.ts [--base <dir>] [--head <dir>] [--approvals <file>] [--verbose]
 *   --base       the released contract (default contract/)
 *   --head       the documents to check (default generated/bundles/)
 *   --approvals  the approvals (default <base>/approved-breaking-changes.yaml, i.e. contract/approved-breaking-changes.yaml)
 *   --verbose    also list the non-breaking changes
 *
 * Exit 0: no unapproved breaking change. Exit 1: an unapproved breaking change, or an invalid approvals file
 * (an entry without a reason). Exit 2: a tool failed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { compareContracts, readApprovals, root, type Approval, type InterfaceReport } from './compare.js';

const { values: args } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string' }, approvals: { type: 'string' }, verbose: { type: 'boolean' } },
});
const base = path.resolve(args.base ?? path.join(root, 'contract'));
const head = path.resolve(args.head ?? path.join(root, 'generated/bundles'));
const approvalsFile = path.resolve(args.approvals ?? path.join(base, 'approved-breaking-changes.yaml'));
const show = (p: string): string => (path.relative(process.cwd(), p) || '.').replace(/^(?!\.\.?\/|\/)/, './');

async function main(): Promise<number> {
  console.log(`Contract gate: ${show(head)} against the released contract ${show(base)} (approvals: ${show(approvalsFile)})`);
  const { approvals, errors } = readApprovals(approvalsFile);
  if (errors.length) {
    console.error(`\nThe approvals file is invalid:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    return 1;
  }

  const started = Date.now();
  const reports = await compareContracts(base, head);
  const used = new Set<Approval>();
  const unapproved: { report: InterfaceReport; id: string }[] = [];

  for (const report of reports) {
    const breaking = report.changes.filter((c) => c.kind === 'breaking');
    const additions = report.changes.filter((c) => c.kind === 'addition').length;
    const other = report.changes.length - breaking.length - additions;
    const title = `\n${report.name} (${report.file})`;
    if (report.status === 'identical') {
      console.log(`${title}: identical to the released contract`);
      continue;
    }
    if (report.changes.length === 0) {
      console.log(`${title}: no change to the API (the files differ in form only)`);
      continue;
    }
    const approvedCount = breaking.filter((c) => approvals.some((a) => a.interface === report.name && a.change === c.id)).length;
    console.log(
      `${title}: ${breaking.length} breaking (${approvedCount} approved), ${additions} addition${additions === 1 ? '' : 's'}, ${other} other non-breaking change${other === 1 ? '' : 's'}`,
    );
    for (const change of breaking) {
      const approval = approvals.find((a) => a.interface === report.name && a.change === change.id);
      if (approval) used.add(approval);
      else unapproved.push({ report, id: change.id });
      console.log(`  ${approval ? '✔ approved' : '✖ BREAKING'}  ${change.id}`);
      if (change.detail) console.log(`      ${change.detail}`);
      if (approval) console.log(`      reason: ${approval.reason}`);
    }
    if (args.verbose) {
      for (const change of report.changes.filter((c) => c.kind !== 'breaking')) {
        console.log(`  ${change.kind === 'addition' ? '+ addition' : '· other   '}  ${change.id}${change.detail ? ` (${change.detail})` : ''}`);
      }
    }
    for (const warning of report.warnings) console.log(`  ! ${warning}`);
  }

  const stale = approvals.filter((a) => !used.has(a));
  for (const a of stale) {
    console.log(`\nwarning: stale approval (matches no breaking change; remove it): ${a.interface}: ${a.change}`);
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);

  if (unapproved.length) {
    const entries = unapproved.map(({ report, id }) => ({ interface: report.name, change: id, reason: '<why breaking clients is acceptable>' }));
    console.error(
      `\nFAILED: ${unapproved.length} breaking change${unapproved.length === 1 ? ' is' : 's are'} not approved. Restore the contract, or ` +
        `approve by adding to ${show(approvalsFile)} (release with npm run contract:release, a major version of @trcr/client):\n\n` +
        YAML.stringify(entries, { lineWidth: 0 }).trimEnd().replace(/^/gm, '  '),
    );
    return 1;
  }
  console.log('PASSED: no unapproved breaking change.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
