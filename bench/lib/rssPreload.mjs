// Fallback where GNU time is missing: reports this process's peak RSS (KiB) and CPU seconds at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.RAC_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const seconds = (us) => (us / 1e6).toFixed(3);
    writeFileSync(
      file,
      `${Math.round(usage.maxRSS)} ${seconds(usage.userCPUTime)} ${seconds(usage.systemCPUTime)}\n`,
    );
  });
}
