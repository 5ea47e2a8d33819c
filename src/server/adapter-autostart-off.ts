// Evaluated before the adapter's module, which starts a server on import unless told not to: entry.ts starts it.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
