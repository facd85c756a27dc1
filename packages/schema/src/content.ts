/** Content types without the Node-only parts of the package index, for the web app (types and plain constants only, no validators). */
export type { Inline } from './inline';
export type { Block, BlockOf, BlockType, ListItem, TableCell } from './blocks';
export type { DocumentContent } from './document';
export { SAFE_HREF, CALLOUT_VARIANTS, REGISTRY_KINDS, type CalloutVariant } from './constants';
export { checkHref, displayHref, safeRedirectPath, type HrefKind, type HrefVerdict } from './url-policy';
