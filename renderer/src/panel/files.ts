/** The accept filter of review package uploads. */
export const PACKAGE_ACCEPT = '.hiapkg,application/json';
