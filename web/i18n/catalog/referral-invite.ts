import { catalog } from './catalog.ts';
import en from './referral-invite-en.ts';
import zh from './referral-invite-zh.ts';

// The invite page loads only the file of its language; this only checks both files have the same keys.
export default catalog(zh, en);
