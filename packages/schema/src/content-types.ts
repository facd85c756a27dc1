/** Content types for readers of published documents (the web app), without the validators. */
export type { Block, ListItem, TableCell } from './blocks';
export type { Inline } from './inline';
