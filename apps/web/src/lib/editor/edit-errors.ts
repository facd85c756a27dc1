import 'server-only';
import { getMessages } from 'next-intl/server';
import { fillEditError } from './edit-error-message';
import { editErrorTexts } from './edit-error-text';
import type { EditError } from './fields';

/** The message of an EditError in the editor's language: what is wrong and how to fix it. */
export async function editErrorText(locale: string, error: EditError): Promise<string> {
  return fillEditError(editErrorTexts(locale, await getMessages({ locale })), error);
}
