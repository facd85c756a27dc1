/** Props of editor pages (written out so type checks need no generated Next types). */
export interface EditorPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export interface EditorDocumentPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The route parameters of a document's editor routes. */
export interface DocumentParams {
  locale: string;
  id: string;
}

export function one(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
