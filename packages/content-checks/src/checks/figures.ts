import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding, MediaInfo } from '../types';
import { blocksAt, languageOf } from '../walk';

const FILE_EXTENSION = /\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?|heic|heif|pdf)$/i;
const GENERIC_NAME =
  /^(img|image|images|bild|bilder|foto|fotos|photo|photos|pic|picture|dsc|dscn|dscf|dcim|screenshot|bildschirmfoto|scan|grafik|abbildung|abb|figure|fig|untitled|unbenannt|placeholder|platzhalter|imagen|immagine|afbeelding)[\s_.-]*\d*$/i;
/** Camera and export names: "IMG_2041", "DSC01234", "20230405_123456", "P1010001". */
const CAMERA_NAME = /^[A-Za-z]{0,5}[_-]?\d{3,}([_-]\d+)*$/;

/** Whether alt text is a file name or a stand-in rather than a description. */
export function isFilenameLike(alt: string): boolean {
  const a = alt.trim();
  if (FILE_EXTENSION.test(a) || GENERIC_NAME.test(a) || CAMERA_NAME.test(a)) return true;
  // One token joined by underscores is a file or asset name, not prose ("header_bg_2").
  return !/\s/.test(a) && a.includes('_');
}

/** Alt text for a locale: the exact locale, else its language ("de-AT" → "de"); never another language. */
export function mediaAlt(media: MediaInfo | undefined, locale: string): string {
  if (!media) return '';
  return (media.altByLocale[locale] ?? media.altByLocale[languageOf(locale)] ?? '').trim();
}

export function figureChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const findings: Finding[] = [];
  for (const { block, path } of blocksAt(content.blocks)) {
    if (block.type !== 'figure') continue;
    const media = ctx.media.get(block.mediaId);
    if (!media) {
      findings.push({
        checkId: 'figure-media-missing',
        severity: 'error',
        blockId: block.id,
        path: `${path}.mediaId`,
        message: m.figureMediaMissing(),
      });
    }
    if (block.decorative) continue;
    const alt = block.alt.trim() || mediaAlt(media, ctx.locale);
    if (!alt) {
      findings.push({
        checkId: 'figure-alt-missing',
        severity: 'error',
        blockId: block.id,
        path: `${path}.alt`,
        message: m.figureAltMissing(),
      });
    } else if (isFilenameLike(alt)) {
      findings.push({
        checkId: 'figure-alt-filename',
        severity: 'error',
        blockId: block.id,
        path: `${path}.alt`,
        message: m.figureAltFilename(alt),
      });
    }
  }
  return findings;
}
