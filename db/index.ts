import 'server-only';

export { getDb } from './connection';
