/**
 * Where the content lives. Tests point ATLAS_CONTENT_DIR at a fixture folder to prove that bad content fails
 * the build with a clear message.
 */
export const CONTENT_DIR = process.env['ATLAS_CONTENT_DIR'] ?? 'content';
