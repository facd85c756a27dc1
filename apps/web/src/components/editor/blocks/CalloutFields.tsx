import { getTranslations } from 'next-intl/server';
import { CALLOUT_VARIANTS, REGISTRY_KINDS, type Block } from '@careleaf/schema/content';
import { inlineValue } from '../../../lib/editor/fields';
import { kindFromBlock } from '../../../lib/registry-kinds';
import { registryLabels } from '../admin/registry-labels';
import { Select, TextField } from './Field';
import type { BlockContext } from './context';

/** A callout's kind and title (its body is blocks, shown under it). */
export async function CalloutFields({ block, n, ctx }: { block: Extract<Block, { type: 'callout' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const labels = { info: t('callout.info'), warning: t('callout.warning'), seeDoctor: t('callout.seeDoctor'), urgent: t('callout.urgent') };
  return (
    <>
      <Select
        ctx={ctx}
        id={`variant-${block.id}`}
        label={t('callout.variant', { n })}
        value={block.variant}
        options={CALLOUT_VARIANTS.map((v) => ({ value: v, label: labels[v] }))}
      />
      <TextField ctx={ctx} id={`title-${block.id}`} label={t('callout.title', { n })} value={inlineValue(block.title, ctx.inline)} />
    </>
  );
}

/** A live list from a registry: which directory, an optional heading and filter. */
export async function EmbedFields({ block, n, ctx }: { block: Extract<Block, { type: 'registryEmbed' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const labels = await registryLabels(ctx.uiLocale);
  const directory = (k: (typeof REGISTRY_KINDS)[number]) => {
    const kind = kindFromBlock(k);
    return kind ? labels.directory(kind) : k;
  };
  return (
    <>
      <Select
        ctx={ctx}
        id={`kind-${block.id}`}
        label={t('embed.kind', { n })}
        value={block.kind}
        options={REGISTRY_KINDS.map((k) => ({ value: k, label: directory(k) }))}
      />
      <TextField ctx={ctx} id={`title-${block.id}`} label={t('embed.title', { n })} value={inlineValue(block.title, ctx.inline)} />
      <TextField ctx={ctx} id={`condition-${block.id}`} label={t('embed.condition', { n })} value={block.filter?.condition ?? ''} />
      <TextField ctx={ctx} id={`tags-${block.id}`} label={t('embed.tags', { n })} value={(block.filter?.tags ?? []).join(', ')} />
    </>
  );
}
