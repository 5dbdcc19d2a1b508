/** Summaries of a V8 .cpuprofile (node --cpu-prof): self time by function and by script. */
import { readFileSync } from 'node:fs';

export function readProfile(path) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    // The delta before the next sample is the time this one stood for.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  return { profile, byId, self, totalMs };
}

function frameName(node) {
  const f = node.callFrame;
  const where = f.url
    ? `${f.url.replace(/^.*\/(src|dist|bench)\//, '$1/').replace(/^node:/, 'node:')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    : '';
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

/** Self time per function name+position, largest first. */
export function selfByFunction({ byId, self }, limit = 15) {
  const totals = new Map();
  for (const [id, ms] of self) {
    const name = frameName(byId.get(id));
    totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

/** Self time per category: the bundle, node internals, V8's own (GC, compile, program). */
export function selfByCategory({ byId, self }, classify) {
  const totals = new Map();
  for (const [id, ms] of self) {
    const category = classify(byId.get(id).callFrame);
    totals.set(category, (totals.get(category) ?? 0) + ms);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Inclusive (total) time of every frame whose name matches, outermost occurrences only. */
export function inclusive({ profile, byId, self }, match) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  for (const [id, ms] of self) {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      if (match(byId.get(cur).callFrame)) {
        total += ms;
        break;
      }
    }
  }
  return total;
}
