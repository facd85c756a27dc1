/**
 * The importer module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
export { importDocument } from './import.service';
export { type CitationDraft, type ImportReportEntry } from './import.types';
export { replacePlaceholders } from './placeholders';
