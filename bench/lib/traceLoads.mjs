// Records every file: module the process loads (one URL a line) in RAC_BENCH_TRACE, to learn
// which CLI chunks a command pulls in. Node 22.15+/23.5+ (module.registerHooks).
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const trace = process.env.RAC_BENCH_TRACE;
if (trace) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) appendFileSync(trace, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
