'use client';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { COUNT_ERRORS, COUNT_WARNINGS, countFindings, type PanelFinding } from '../../lib/editor/check-targets';
import type { EditErrorTexts } from '../../lib/editor/edit-error-text';
import type { LiveCheckSetup } from '../../lib/editor/live-setup';

/** Quiet time after the last keystroke before the checks run again. */
const DEBOUNCE_MS = 400;

/** Following a finding's link puts the cursor in the control that fixes it. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const control = document.getElementById(target);
  if (!control) return;
  event.preventDefault();
  control.focus();
}

/**
 * The findings of the checks panel. Rendered on the server with the API's
 * checks of the saved version, so without JavaScript the panel is as it
 * was. With JavaScript it listens to the document form: 400 ms after the
 * last input or change the form becomes content (the save route's own code),
 * the content checks run in the browser, and the list shows their findings,
 * with a note that they are of what was typed. A live region says the new
 * counts when they change, never the whole list.
 */
export function LiveChecks({
  formId,
  initial,
  setup,
  uiLocale,
  texts,
  errorTexts,
}: {
  formId: string;
  initial: PanelFinding[];
  setup: LiveCheckSetup;
  uiLocale: string;
  /**
   * Texts of the panel in the UI language, formatted on the server: `summary`
   * is the one for `initial`; `counts` has COUNT_ERRORS and COUNT_WARNINGS
   * where the numbers go. This component and the checks it loads use no
   * message formatter, which would move code out of every page's layout chunk.
   */
  texts: { summary: string; counts: string; error: string; warning: string; liveNote: string };
  /** The form's field errors, for the findings of fields the save would refuse. */
  errorTexts: EditErrorTexts;
}) {
  const [shown, setShown] = useState<{ findings: PanelFinding[]; summary: string; live: boolean }>({
    findings: initial,
    summary: texts.summary,
    live: false,
  });
  // The live region goes into the page when the script runs, before anything is said in it, so screen readers watch it.
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const said = useRef(countFindings(initial));
  // The listeners stay for the page's life; they read the newest props through this.
  const current = useRef({ setup, uiLocale, texts, errorTexts });
  useEffect(() => {
    current.current = { setup, uiLocale, texts, errorTexts };
  });
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    setAnnouncement('');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const check = async () => {
      const run = ++latest;
      // The checks library (with its hyphenation patterns) loads with the first edit, not with the page.
      const { liveFindings } = await import('../../lib/editor/live-checks');
      if (run !== latest) return;
      const { setup, uiLocale: locale, texts, errorTexts } = current.current;
      let findings: PanelFinding[];
      try {
        findings = liveFindings(new FormData(form), setup, { locale, texts: errorTexts });
      } catch {
        return; // keep the last findings; saving still checks everything
      }
      const counts = countFindings(findings);
      const number = new Intl.NumberFormat(locale);
      const summary = texts.counts
        .replaceAll(COUNT_ERRORS, () => number.format(counts.errors))
        .replaceAll(COUNT_WARNINGS, () => number.format(counts.warnings));
      setShown({ findings, summary, live: true });
      if (counts.errors !== said.current.errors || counts.warnings !== said.current.warnings) {
        said.current = counts;
        setAnnouncement(summary);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), DEBOUNCE_MS);
    };
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    return () => {
      clearTimeout(timer);
      latest++;
      form.removeEventListener('input', schedule);
      form.removeEventListener('change', schedule);
    };
  }, [formId]);
  return (
    <>
      <p>{shown.summary}</p>
      {shown.live ? <p className="hint">{texts.liveNote}</p> : null}
      {announcement !== null ? (
        <p role="status" className="visually-hidden" id="checks-live">
          {announcement}
        </p>
      ) : null}
      {shown.findings.length ? (
        <ul>
          {shown.findings.map((f, i) => (
            <li key={`${f.key}-${i}`} className={`finding finding-${f.severity}`}>
              <strong>{f.severity === 'error' ? texts.error : texts.warning}:</strong>{' '}
              {f.target ? (
                <a href={`#${f.target}`} onClick={(e) => focusTarget(e, f.target!)}>
                  {f.message}
                </a>
              ) : (
                f.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
