// Jest reads testTimeout only from the global config, not per project: each project sets its own here.
// Database and browser work is slow on a loaded 2-core machine; unit tests keep the 5 s default.
const perProject: Record<string, number> = { int: 60_000, e2e: 120_000 };
const project = (expect.getState().testPath ?? '').endsWith('.e2e.ts') ? 'e2e' : 'int';
jest.setTimeout(perProject[project] ?? 60_000);
