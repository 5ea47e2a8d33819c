/**
 * Gives the browser its main thread back before going on: the consent script runs as several short tasks, never one
 * long one that would hold up a tap (scheduler.yield where the browser has it, else a new task).
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = window as Window & { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}
