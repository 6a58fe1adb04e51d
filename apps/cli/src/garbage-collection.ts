import { setFlagsFromString } from 'node:v8';

/**
 * Imported first, before any other module of STOR is evaluated: V8's allocation-site pretenuring
 * saw the database driver's rows outlive a young-generation collection now and then (a check in
 * flight while one ran) and from then on allocated every row straight into the old generation.
 * Rows die a few milliseconds later, so the old generation filled with them at ~6 MB/s and a major
 * collection came every 10–30 s, its concurrent marking taking both cores of a small server for
 * ~80 ms while every check waited (decision 0016). Without pretenuring they die young, as they are.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
