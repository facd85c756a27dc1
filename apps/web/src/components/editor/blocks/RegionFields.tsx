import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { describedGroup, ErrorText, Select } from './Field';
import type { BlockContext } from './context';

/** Who sees a region block: readers in the checked regions, or everyone else. */
export async function RegionFields({ block, n, ctx }: { block: Extract<Block, { type: 'region' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const known = new Set(ctx.regions.map((r) => r.code));
  const options = [...ctx.regions, ...block.regions.filter((r) => !known.has(r)).map((code) => ({ code, name: code }))];
  const group = `regions-${block.id}`;
  return (
    <>
      <input type="hidden" name={`present-${block.id}`} value="1" />
      <Select
        ctx={ctx}
        id={`mode-${block.id}`}
        label={t('region.mode', { n })}
        value={block.mode}
        options={[
          { value: 'include', label: t('region.include') },
          { value: 'exclude', label: t('region.exclude') },
        ]}
      />
      <fieldset id={group} tabIndex={-1} {...describedGroup(ctx, group)}>
        <legend>{t('region.regions', { n })}</legend>
        <ErrorText ctx={ctx} id={group} />
        {options.map((r) => (
          <div className="field checkbox" key={r.code}>
            <input type="checkbox" id={`${group}-${r.code}`} name={group} value={r.code} defaultChecked={block.regions.includes(r.code)} />
            <label htmlFor={`${group}-${r.code}`}>
              {r.name} ({r.code})
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}
