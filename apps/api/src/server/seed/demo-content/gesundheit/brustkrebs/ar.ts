import type { DocumentContent } from '@careleaf/schema';
import { abbr, h2, h3, sources } from '../../blocks';
import type { Refs } from '../../types';
import { BREAST_CANCER_SOURCE_KEYS } from './de';

/**
 * Arabic (right to left) is partial on purpose: title, summary, headings and
 * the source list only, with the same block ids as the German source. The
 * other blocks are left out so that per-block locale fallback (ar → en → de)
 * fills them in once it is built; until then an Arabic reader sees the
 * outline only.
 */
export const brustkrebsAr = (r: Refs): DocumentContent => ({
  title: 'سرطان الثدي النقيلي: ما العلاجات المتاحة؟',
  summary:
    'نظرة عامة بلغة بسيطة: أهداف العلاج، والعلاج الهرموني، والعلاج الكيميائي، والأدوية الموجهة، والعلاج الإشعاعي، والمساعدة في الألم والضغط النفسي، مع الآثار الجانبية الشائعة.',
  blocks: [
    h2('h-bedeutung', 'ماذا يعني «نقيلي»؟'),
    h3('h-ziele', 'أهداف العلاج'),
    h3('h-entscheidung', 'اتخاذ القرار معًا'),
    h2('h-hormon', 'العلاج الهرموني'),
    h3('h-cdk', 'الجمع مع مثبطات ', abbr('CDK4/6', 'الكينازات المعتمدة على السيكلين 4 و6')),
    h2('h-chemo', 'العلاج الكيميائي'),
    h2('h-gezielt', 'العلاجات الموجهة'),
    h3('h-her2', 'سرطان الثدي الإيجابي لمستقبل ', r.term('her2', 'HER2')),
    h3('h-weitere', 'أدوية موجهة أخرى'),
    h2('h-lokal', 'الجراحة والعلاج الإشعاعي'),
    h2('h-knochen', 'أدوية لحماية العظام'),
    h2('h-ueberblick', 'الآثار الجانبية في لمحة'),
    h2('h-palliativ', 'الرعاية التلطيفية والألم'),
    h2('h-psyche', 'الدعم النفسي'),
    h2('h-studien', 'الدراسات السريرية'),
    h2('h-programme', 'برامج الرعاية والتكاليف'),
    h2('h-quellen', 'المصادر'),
    sources('s-quellen', BREAST_CANCER_SOURCE_KEYS.map(r.citationId)),
  ],
});
