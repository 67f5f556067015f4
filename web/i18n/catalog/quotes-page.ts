import { catalog } from './catalog.ts';
import en from './quotes-page-en.ts';
import zh from './quotes-page-zh.ts';

// The quote words both the app and the remote approval page (web/approve) use, one file per language so
// the link page loads only the one it shows. Registered under `quotes` through ./quotes.ts.
export default catalog(zh, en);
