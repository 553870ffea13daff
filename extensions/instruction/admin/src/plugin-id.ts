export const PLUGIN_ID = 'instruction';
