/**
 * Releases the current bundles as the new contract (`npm run contract:release`): compares them with the released
 * contract (compare.ts), bumps the version of @trcr/client by what the changes need (semver: a breaking change =
 * major, an addition = minor, any other change = patch), copies the bundles into contract/ and empties the
 * approvals (an approval covers one release). Refuses while a breaking change is not approved: run the gate
 * (`npm run contract:check`) first.
 *
 * Usage: tsx scripts/contract/release.ts [--contract <dir>] [--head <dir>] [--package <file>] [--approvals <file>]
 *   --contract   the released contract, updated in place (default contract/)
 *   --head       the documents to release (default generated/bundles/; run `npm run generate` first)
 *   --package    the client's package.json (default clients/typescript/package.json)
 *   --approvals  default <contract>/approved-breaking-changes.yaml
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { APPROVALS_TEMPLATE, compareContracts, INTERFACES, readApprovals, requiredBump, root } from './compare.js';

const { values: args } = parseArgs({
  options: { contract: { type: 'string' }, head: { type: 'string' }, package: { type: 'string' }, approvals: { type: 'string' } },
});
const contract = path.resolve(args.contract ?? path.join(root, 'contract'));
const head = path.resolve(args.head ?? path.join(root, 'generated/bundles'));
const packageFile = path.resolve(args.package ?? path.join(root, 'clients/typescript/package.json'));
const approvalsFile = path.resolve(args.approvals ?? path.join(contract, 'approved-breaking-changes.yaml'));

function bumpVersion(version: string, bump: 'major' | 'minor' | 'patch'): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`${packageFile}: version ${JSON.stringify(version)} is not a plain x.y.z version`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

async function main(): Promise<number> {
  const { approvals, errors } = readApprovals(approvalsFile);
  if (errors.length) {
    console.error(`The approvals file is invalid:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    return 1;
  }
  const reports = await compareContracts(contract, head);
  const breaking = reports.flatMap((r) => r.changes.filter((c) => c.kind === 'breaking').map((c) => ({ name: r.name, change: c })));
  const unapproved = breaking.filter(({ name, change }) => !approvals.some((a) => a.interface === name && a.change === change.id));
  if (unapproved.length) {
    console.error(`Not released: ${unapproved.length} breaking change(s) not approved (npm run contract:check lists them):`);
    for (const { name, change } of unapproved) console.error(`  ${name}: ${change.id}`);
    return 1;
  }

  const bump = requiredBump(reports);
  if (bump === 'none') {
    console.log(`Nothing to release: ${path.relative(process.cwd(), head) || '.'} is the released contract.`);
    return 0;
  }
  const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as { name?: string; version: string };
  const from = pkg.version;
  pkg.version = bumpVersion(from, bump);
  writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
  // The workspace's entry in the root lockfile carries the version too (npm ci refuses a lockfile out of step).
  const lockFile = path.join(root, 'package-lock.json');
  const workspace = path.relative(root, path.dirname(packageFile)).split(path.sep).join('/');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages?: Record<string, { version?: string }> };
    const entry = lock.packages?.[workspace];
    if (entry) {
      entry.version = pkg.version;
      writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    }
  }

  const counts = (kind: string): number => reports.reduce((n, r) => n + r.changes.filter((c) => c.kind === kind).length, 0);
  console.log(
    `${pkg.name ?? packageFile}: ${from} → ${pkg.version} (${bump}: ${counts('breaking')} breaking, ${counts('addition')} additions, ${counts('other')} other changes)`,
  );
  for (const { name, change } of breaking) {
    const approval = approvals.find((a) => a.interface === name && a.change === change.id);
    console.log(`  breaking, approved: ${name}: ${change.id}\n    reason: ${approval?.reason}`);
  }
  for (const [name, file] of Object.entries(INTERFACES)) {
    const status = reports.find((r) => r.name === name)?.status;
    if (status === 'removed') rmSync(path.join(contract, file));
    else copyFileSync(path.join(head, file), path.join(contract, file));
    if (status !== 'identical')
      console.log(`  ${path.relative(process.cwd(), path.join(contract, file))}: ${status === 'removed' ? 'removed' : 'updated'}`);
  }
  writeFileSync(approvalsFile, APPROVALS_TEMPLATE);
  console.log(`  ${path.relative(process.cwd(), approvalsFile)}: emptied (approvals cover one release)`);
  console.log('Commit contract/, the package.json and package-lock.json together, then build and publish the client.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
