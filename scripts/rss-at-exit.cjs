// Preloaded by the benchmark (node --require): writes the process's peak resident memory, in KB, at exit.
process.on('exit', () => {
  if (process.env.ACTPLOT_RSS_FILE)
    require('node:fs').writeFileSync(process.env.ACTPLOT_RSS_FILE, String(process.resourceUsage().maxRSS));
});
