/**
 * How much CPU other work on the box took during a measurement (the box is shared: a typecheck or a
 * test suite running beside the benchmark distorts it). Foreign CPU = all busy CPU time (/proc/stat)
 * minus this run's process tree (alive descendants plus reaped children) minus PostgreSQL and Redis
 * (which serve the benchmark, though another user's queries would also land there).
 */
import fs from 'node:fs';

const HZ = 100; // USER_HZ: clock ticks per second in /proc on Linux

interface ProcStat {
  ppid: number;
  comm: string;
  /** utime + stime, plus cutime + cstime when `withChildren`. */
  ticks: number;
  childTicks: number;
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const comm = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' '); // f[0] = state (field 3)
    return { ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]), childTicks: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined; // exited meanwhile
  }
}

function busyTicks(): number {
  const [, user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

export interface CpuSnapshot {
  busy: number;
  ours: number;
  services: number;
}

export function cpuSnapshot(): CpuSnapshot {
  const procs = new Map<number, ProcStat>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const st = readStat(pid);
    if (st) procs.set(Number(pid), st);
  }
  const isOurs = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === process.pid) return true;
      p = procs.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let ours = 0;
  let services = 0;
  for (const [pid, st] of procs) {
    if (pid === process.pid) ours += st.ticks + st.childTicks;
    else if (isOurs(pid)) ours += st.ticks;
    else if (st.comm === 'postgres' || st.comm.startsWith('redis-server')) services += st.ticks;
  }
  return { busy: busyTicks(), ours, services };
}

/** Seconds of CPU used by processes outside this run (and outside PostgreSQL/Redis) between two snapshots. */
export function foreignCpuSeconds(a: CpuSnapshot, b: CpuSnapshot): number {
  return Math.max(0, b.busy - a.busy - (b.ours - a.ours) - (b.services - a.services)) / HZ;
}

/**
 * Waits until the whole box has been nearly idle (< `maxBusy` of both cores) for a 2-second window,
 * or `maxWaitMs` passed: other people's bursts (a typecheck, a test file) are short, so waiting
 * before each measured run avoids most of them. Returns the milliseconds waited.
 */
export async function waitQuiet(maxWaitMs: number, maxBusy = 0.1): Promise<number> {
  const t0 = Date.now();
  const cores = Math.max(1, (fs.readFileSync('/proc/stat', 'utf8').match(/^cpu\d+ /gm) ?? []).length);
  while (Date.now() - t0 < maxWaitMs) {
    const a = busyTicks();
    await new Promise((r) => setTimeout(r, 2000));
    if ((busyTicks() - a) / (2 * HZ * cores) < maxBusy) return Date.now() - t0;
  }
  return Date.now() - t0;
}
