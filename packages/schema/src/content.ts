/** Content types without the Node-only parts of the package index, for the web app (types only). */
export type { Inline } from './inline';
export type { Block } from './blocks';
export type { DocumentContent } from './document';
