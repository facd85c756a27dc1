import type { InlineEnv } from '../../../lib/editor/fields';
import type { FieldContext } from './Field';

export interface MediaOption {
  id: string;
  fileName: string;
  url: string;
  /** Alt text of the image in the document's language, from the image library. */
  alt: string;
}

export interface CitationOption {
  id: string;
  text: string;
}

/** What the fields of every block get from the document page. */
export interface BlockContext extends FieldContext {
  inline: InlineEnv;
  media: MediaOption[];
  citations: CitationOption[];
  regions: { code: string; name: string }[];
  /** The id of the control the page focuses after its redirect (it gets the status message as description). */
  focus: string | null;
}
