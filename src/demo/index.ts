export { runDemo, type DemoOptions, type DemoResult } from './run-demo.js';
export { formatTimeline, type TimelineRow } from './timeline.js';
export { playScenarios } from './play-scenarios.js';
export { gradeRow, type RowVerdict } from './row-verdict.js';
