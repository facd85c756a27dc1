import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentEditor, type Editor } from './api';

/** The signed-in editor of this request or null: asked of the API once, however many layouts and pages want it. */
export const editorOfRequest = cache(currentEditor);

/**
 * The editor for a page under app/[locale]/editor/(signed-in), whose layout
 * shows the sign-in prompt to anyone not signed in. Next renders a page
 * alongside its layout, so the page still runs then, but its output is never
 * sent: stopping here keeps it from asking the API for anything.
 */
export async function signedInEditor(locale: string): Promise<Editor> {
  const editor = await editorOfRequest();
  if (!editor) redirect(`/${locale}/editor/sign-in`);
  return editor;
}
