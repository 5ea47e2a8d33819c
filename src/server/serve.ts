/**
 * `npm run serve`: the production server (run.ts). The site's facts file (SITE_FACTS_FILE) is read as its modules
 * load: one that is missing or wrong is its sentence and exit 1, like every wrong setting, never a stack trace.
 */
try {
  await import('./run.ts');
} catch (error) {
  if ((error as Error | undefined)?.name !== 'SiteFactsError') throw error;
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

// A module (top-level await), though it imports nothing statically: run.ts must load inside the try.
export {};
