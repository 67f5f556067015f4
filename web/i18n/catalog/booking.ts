import { catalog } from './catalog.ts';
import en from './booking-en.ts';
import zh from './booking-zh.ts';

// Split in two files by language (the catalog is long); catalog() checks both have the same keys.
export default catalog(zh, en);
