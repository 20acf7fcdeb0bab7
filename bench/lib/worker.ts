/**
 * Entry of a load-generator child process: reads its JSON config from an environment variable, runs,
 * and writes the JSON result as one line on stdout (exit 0), or the error on stderr (exit 1).
 */
export function runWorker<C, R>(envVar: string, run: (cfg: C) => Promise<R>): void {
  const cfg = JSON.parse(process.env[envVar] ?? '') as C;
  run(cfg).then(
    (result) => {
      process.stdout.write(JSON.stringify(result) + '\n');
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
