export { inspectorPlugin, INSPECTOR_PLUGIN_NAME } from './plugin.js';
