'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * Progressive enhancement of the XLIFF import form: when several files are
 * chosen, they are sent one per request, and a progress bar and a live
 * region say how many are done. Each answer adds its file to one report,
 * and at the end the page shows that report. Without JavaScript (or for a
 * single file) the form posts all files at once and the report follows.
 */
export function XliffUploadProgress({ formId }: { formId: string }) {
  const t = useTranslations('Editor');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onSubmit = async (event: SubmitEvent) => {
      const input = form.elements.namedItem('files');
      const files = input instanceof HTMLInputElement && input.files ? [...input.files] : [];
      if (files.length < 2) return;
      event.preventDefault();
      const report = `b${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
      const total = files.length;
      let location: string | null = null;
      setProgress({ done: 0, total });
      setMessage(t('xliffProgress.start', { total }));
      for (const [i, file] of files.entries()) {
        const body = new FormData(form);
        body.delete('files');
        body.append('files', file);
        body.set('report', report);
        const res = await fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } }).catch(() => null);
        const answer = (await res?.json().catch(() => null)) as { location?: string; files?: { accepted: boolean }[] } | null;
        if (!answer?.location) {
          // Refused before any file was read (e.g. signed out): show the page the form would have led to.
          window.location.assign(res?.redirected ? res.url : (location ?? form.action));
          return;
        }
        location = answer.location;
        setProgress({ done: i + 1, total });
        setMessage(
          answer.files?.[0]?.accepted
            ? t('xliffProgress.accepted', { done: i + 1, total, name: file.name })
            : t('xliffProgress.rejected', { done: i + 1, total, name: file.name }),
        );
      }
      if (location) window.location.assign(location);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [formId, t]);
  return (
    <div className="upload-progress">
      {progress ? (
        <p>
          <label htmlFor={`${formId}-progress`}>{t('xliffProgress.label')}</label>{' '}
          <progress id={`${formId}-progress`} max={progress.total} value={progress.done} />
        </p>
      ) : null}
      <p role="status">{message}</p>
    </div>
  );
}
