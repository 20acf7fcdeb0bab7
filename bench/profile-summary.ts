/**
 * Summarizes a V8 .cpuprofile (e.g. from `BENCH_CPU_PROF=1 npm run bench`): self and inclusive time
 * per function and self time per package / source file, optionally over the LAST n seconds only (the
 * candidate's measured run is the last thing a list-only run does before shutdown).
 *
 * Usage: tsx bench/profile-summary.ts <file.cpuprofile> [--last SECONDS] [--top N]
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--last SECONDS] [--top N]');
const lastSeconds = Number(arg('--last') ?? 0);
const top = Number(arg('--top') ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (f: CallFrame): string => `${f.functionName || '(anonymous)'} ${f.url.replace(/^file:\/\/\/work\/main\//, '')}:${f.lineNumber + 1}`;
function area(f: CallFrame): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url);
  if (nm) return nm[1]!;
  if (f.url.startsWith('node:')) return 'node:' + f.url.slice(5).split('/')[0];
  return f.url.replace(/^file:\/\/\/work\/main\//, '');
}

// Sample times: startTime + cumulative deltas (µs).
const times: number[] = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));
const from = lastSeconds > 0 ? profile.endTime - lastSeconds * 1e6 : -Infinity;

const self = new Map<string, number>();
const incl = new Map<string, number>();
const areas = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  if (times[i]! < from) continue;
  const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's weight is the gap to the next one
  const node = byId.get(profile.samples[i]!)!;
  total += dt;
  self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + dt);
  areas.set(area(node.callFrame), (areas.get(area(node.callFrame)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id)!.callFrame);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + dt);
  }
}

const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled${lastSeconds ? ` (last ${lastSeconds} s)` : ''}`);
show('self time by package / file', areas);
show('self time by function', self);
show('inclusive time by function', incl);
