import type { Metadata } from 'next';
import { MemberConfirmPage, memberConfirmMetadata } from '../../../../../../../../components/editor/admin/MemberConfirmPage';
import type { EditorDocumentPageProps } from '../../../../../../../../lib/editor/page-props';

export function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  return memberConfirmMetadata(params, 'resetTwoFactor');
}

export default function Page({ params }: EditorDocumentPageProps) {
  return <MemberConfirmPage params={params} action="resetTwoFactor" />;
}
