/**
 * Whole-process `qunguard check` against the naive script (bench/naive-check.ts)
 * on a generated corpus of short chat messages (1% with a planted term) and a
 * 10,000-term policy, both written to a temp folder. Each timed run is the full
 * process, start-up and jieba's load included: `node … < corpus > out`. The two
 * programs alternate, so load from elsewhere on the machine hits both alike;
 * the medians and their ratio are printed. Run: npm run bench -- --check-process
 * (options: --messages N, --rounds N, --dir DIR to write the inputs there and keep them).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicyPath, packageRoot } from '../src/config/package-root.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { createCleanChat, pickCarrier } from './chat-corpus.js';
import { generateFillerTerms } from './filler-terms.js';
import { createRng } from './prng.js';

/** What the issue measures: a million short messages against ten thousand terms, three rounds. */
export const CHECK_PROCESS_SIZE = { messages: 1_000_000, dictionaryTerms: 10_000, plantRate: 0.01, rounds: 3, seed: 20261201 } as const;

/** One program's timed runs. */
interface Timings {
  runsMs: number[];
  medianMs: number;
  flaggedLines: number;
  outputLines: number;
}

/** Runs the whole-process comparison and prints it; returns the ratio naive / QunGuard. */
export function runCheckProcessBench(argv: readonly string[]): number {
  const messages = numberArg(argv, '--messages') ?? CHECK_PROCESS_SIZE.messages;
  const rounds = numberArg(argv, '--rounds') ?? CHECK_PROCESS_SIZE.rounds;
  const keep = stringArg(argv, '--dir');
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'qunguard-check-bench-'));
  try {
    const started = Date.now();
    const { policy, corpus, terms } = writeInputs(dir, messages);
    const mb = statSync(corpus).size / 2 ** 20;
    process.stdout.write(`whole-process check: ${messages.toLocaleString('en')} messages (${mb.toFixed(1)} MB), ${terms.toLocaleString('en')} terms, built in ${Date.now() - started} ms\n`);
    const root = packageRoot();
    const qunguard = [join(root, 'bin', 'qunguard'), 'check', '--policy', policy];
    const naive = [join(dirname(fileURLToPath(import.meta.url)), 'naive-check.js'), '--policy', policy];
    const loadBefore = loadavg()[0]!;
    const runs = { qunguard: [] as number[], naive: [] as number[] };
    for (let round = 1; round <= rounds; round++) {
      // the order alternates too, so neither program always runs first after a pause
      const order = round % 2 === 1 ? (['naive', 'qunguard'] as const) : (['qunguard', 'naive'] as const);
      for (const name of order) {
        const ms = timeProcess(name === 'qunguard' ? qunguard : naive, corpus, join(dir, `${name}.out`));
        runs[name].push(ms);
        process.stdout.write(`  round ${round} ${name.padEnd(8)} ${(ms / 1000).toFixed(2)} s\n`);
      }
    }
    const qg = summarise(runs.qunguard, join(dir, 'qunguard.out'));
    const base = summarise(runs.naive, join(dir, 'naive.out'));
    const ratio = base.medianMs / qg.medianMs;
    const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} cores`;
    process.stdout.write(
      [
        `  QunGuard check  median ${(qg.medianMs / 1000).toFixed(2)} s  (${runs.qunguard.map((ms) => (ms / 1000).toFixed(2)).join(' / ')})  ${qg.outputLines.toLocaleString('en')} lines out, ${qg.flaggedLines.toLocaleString('en')} flagged`,
        `  naive script    median ${(base.medianMs / 1000).toFixed(2)} s  (${runs.naive.map((ms) => (ms / 1000).toFixed(2)).join(' / ')})  ${base.outputLines.toLocaleString('en')} lines out, ${base.flaggedLines.toLocaleString('en')} flagged`,
        `  ratio ${ratio.toFixed(2)}× (target ≥ 2.5×); ${load}`,
        JSON.stringify({ checkProcess: { messages, terms, rounds, qunguardMs: runs.qunguard, naiveMs: runs.naive, ratio: Number(ratio.toFixed(3)) } }),
      ].join('\n') + '\n',
    );
    return ratio;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the policy (shipped dictionaries plus filler terms up to the target size) and the corpus; returns their paths. */
function writeInputs(dir: string, messages: number): { policy: string; corpus: string; terms: number } {
  const rng = createRng(CHECK_PROCESS_SIZE.seed);
  const shippedPath = defaultPolicyPath();
  const shipped = loadPolicy(shippedPath);
  const shippedTerms = [...new Set(shipped.terms.map((t) => t.term))];
  const filler = generateFillerTerms(CHECK_PROCESS_SIZE.dictionaryTerms - shippedTerms.length, rng, new Set(shippedTerms));
  // the filler terms join the shipped confidential list (a category may appear once in a policy)
  const policyText = readFileSync(shippedPath, 'utf8').replace(/file: ([^,}]+)/g, (_, file: string) => {
    const path = resolve(dirname(shippedPath), file.trim());
    if (!path.endsWith('confidential.txt')) return `file: ${path}`;
    writeFileSync(join(dir, 'confidential.txt'), `${readFileSync(path, 'utf8')}\n${filler.join('\n')}\n`);
    return `file: ${join(dir, 'confidential.txt')}`;
  }).replace(/^(\s+(?:cues|variants): )(\S+)$/gm, (_, key: string, folder: string) => key + resolve(dirname(shippedPath), folder));
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, policyText);

  const lines = readFileSync(join(packageRoot(), 'test', 'fixtures', 'work-talk.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  const chat = createCleanChat(lines, rng);
  const all = [...shippedTerms, ...filler];
  const out: string[] = [];
  for (let i = 1; i <= messages; i++) {
    let text: string;
    if (rng.chance(CHECK_PROCESS_SIZE.plantRate)) {
      const carrier = pickCarrier(rng, chat);
      text = carrier.prefix + rng.pick(all) + carrier.suffix;
    } else text = chat.message();
    out.push(JSON.stringify({ id: i, text }));
  }
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, `${out.join('\n')}\n`);
  return { policy, corpus, terms: loadPolicy(policy).terms.length };
}

/** Wall time of one whole process with stdin from `input` and stdout to `output`. */
function timeProcess(args: readonly string[], input: string, output: string): number {
  const stdin = openSync(input, 'r');
  const stdout = openSync(output, 'w');
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { stdio: [stdin, stdout, 'inherit'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${args[0]} failed (exit ${child.status ?? child.signal})`);
    return ms;
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

function summarise(runsMs: number[], output: string): Timings {
  const sorted = [...runsMs].sort((a, b) => a - b);
  const lines = readFileSync(output, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const flaggedLines = lines.filter((l) => !l.endsWith('"findings":[]}')).length;
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]!, flaggedLines, outputLines: lines.length };
}

function stringArg(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function numberArg(argv: readonly string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runCheckProcessBench(process.argv.slice(2));
