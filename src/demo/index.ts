export { runDemo, type DemoOptions, type DemoResult } from './run-demo.js';
export { formatTimeline, type TimelineRow } from './timeline.js';
