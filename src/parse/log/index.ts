export { parseLogLine, type LogHeader } from './header.js';
export { readLogEntries } from './read-entries.js';
export { readLogs } from './read-logs.js';
export { parseTime } from './time.js';
