import { getTranslations } from 'next-intl/server';
import type { EditorQualityQuery } from '@careleaf/schema/web/graphql';
import type { Flash } from '../../lib/editor/flash';
import { EXTRA_ROWS, REVIEW_TRIGGERS, REVIEWER_ROLES } from '../../lib/editor/quality-form';
import { Select, TextField, type FieldContext } from './blocks/Field';

type Quality = EditorQualityQuery['document']['quality'];

function DateField({ ctx, id, label, value }: { ctx: FieldContext; id: string; label: string; value: string }) {
  const invalid = ctx.flash?.kind === 'error' && ctx.flash.field === id;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        type="date"
        id={id}
        name={id}
        defaultValue={value}
        {...(invalid ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {})}
      />
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {ctx.flash!.text}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The quality details: publisher, authors and reviewers (the stored rows
 * and two empty ones; a row without a name is dropped), review dates and
 * trigger, conflicts of interest, funding, evidence notes.
 */
export async function QualityForm({
  action,
  csrf,
  lang,
  quality,
  uiLocale,
  flash,
}: {
  action: string;
  csrf: string;
  lang: string;
  quality: Quality;
  uiLocale: string;
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const ctx: FieldContext = { uiLocale, flash };
  const authors = [...(quality.authors ?? []), ...Array.from({ length: EXTRA_ROWS }, () => ({ name: '', qualification: null }))];
  const reviewers = [
    ...(quality.reviewers ?? []),
    ...Array.from({ length: EXTRA_ROWS }, () => ({ name: '', role: 'internal', qualification: null as string | null })),
  ];
  const roles = {
    internal: t('quality.roles.internal'),
    externalExpert: t('quality.roles.externalExpert'),
    userTest: t('quality.roles.userTest'),
  };
  const triggers = {
    scheduled: t('quality.triggers.scheduled'),
    newEvidence: t('quality.triggers.newEvidence'),
    safetyAlert: t('quality.triggers.safetyAlert'),
  };
  return (
    <form method="post" action={action} className="editor-form">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="author-rows" value={authors.length} />
      <input type="hidden" name="reviewer-rows" value={reviewers.length} />
      <p className="hint">{t('quality.hint')}</p>
      <TextField ctx={ctx} id="publisher" label={t('quality.publisher')} value={quality.publisher ?? ''} />
      {authors.map((a, i) => (
        <fieldset key={`a${i}`} className="editor-row">
          <legend>{t('quality.author', { n: i + 1 })}</legend>
          <TextField ctx={ctx} id={`author-name-${i}`} label={t('quality.authorName', { n: i + 1 })} value={a.name} />
          <TextField
            ctx={ctx}
            id={`author-qualification-${i}`}
            label={t('quality.authorQualification', { n: i + 1 })}
            value={a.qualification ?? ''}
          />
        </fieldset>
      ))}
      {reviewers.map((r, i) => (
        <fieldset key={`r${i}`} className="editor-row">
          <legend>{t('quality.reviewer', { n: i + 1 })}</legend>
          <TextField ctx={ctx} id={`reviewer-name-${i}`} label={t('quality.reviewerName', { n: i + 1 })} value={r.name} />
          <Select
            ctx={ctx}
            id={`reviewer-role-${i}`}
            label={t('quality.reviewerRole', { n: i + 1 })}
            value={r.role}
            options={REVIEWER_ROLES.map((role) => ({ value: role, label: roles[role] }))}
          />
          <TextField
            ctx={ctx}
            id={`reviewer-qualification-${i}`}
            label={t('quality.reviewerQualification', { n: i + 1 })}
            value={r.qualification ?? ''}
          />
        </fieldset>
      ))}
      <DateField ctx={ctx} id="lastReviewed" label={t('quality.lastReviewed')} value={quality.lastReviewed ?? ''} />
      <DateField ctx={ctx} id="nextReviewDue" label={t('quality.nextReviewDue')} value={quality.nextReviewDue ?? ''} />
      <Select
        ctx={ctx}
        id="reviewTrigger"
        label={t('quality.reviewTrigger')}
        value={quality.reviewTrigger ?? ''}
        options={[{ value: '', label: t('quality.triggers.none') }, ...REVIEW_TRIGGERS.map((x) => ({ value: x, label: triggers[x] }))]}
      />
      <TextField
        ctx={ctx}
        id="conflictsOfInterest"
        label={t('quality.conflictsOfInterest')}
        value={quality.conflictsOfInterest ?? ''}
        rows={3}
      />
      <TextField ctx={ctx} id="funding" label={t('quality.funding')} value={quality.funding ?? ''} rows={3} />
      <TextField ctx={ctx} id="evidenceNotes" label={t('quality.evidenceNotes')} value={quality.evidenceNotes ?? ''} rows={4} />
      <div className="block-actions">
        <button className="button" type="submit">
          {t('quality.save')}
        </button>
      </div>
    </form>
  );
}
