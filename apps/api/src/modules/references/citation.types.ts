import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../kernel/graphql/connection';
import { MaxChars, MaxItems, Nested } from '../../kernel/limits';

export enum CitationKindValue {
  JOURNAL_ARTICLE = 'journalArticle',
  GUIDELINE = 'guideline',
  BOOK = 'book',
  BOOK_CHAPTER = 'bookChapter',
  DRUG_SAFETY_NOTICE = 'drugSafetyNotice',
  WEB_PAGE = 'webPage',
}
registerEnumType(CitationKindValue, { name: 'CitationKind', description: 'The kind of source; it decides which fields a citation has' });

export enum CitationPartRoleValue {
  AUTHORS = 'authors',
  TITLE = 'title',
  CONTAINER = 'container',
  EDITION = 'edition',
  PUBLISHER = 'publisher',
  DATE = 'date',
  LOCATOR = 'locator',
  IDENTIFIER = 'identifier',
  LINK = 'link',
  ACCESSED = 'accessed',
  TEXT = 'text',
}
registerEnumType(CitationPartRoleValue, { name: 'CitationPartRole', description: 'What a part of a formatted citation is' });

export enum CitationLinkKindValue {
  DOI = 'doi',
  PUBMED = 'pubmed',
  URL = 'url',
}
registerEnumType(CitationLinkKindValue, { name: 'CitationLinkKind' });

@ObjectType('Person', { description: 'An author or editor; an organisation as author has only a family name' })
export class PersonType {
  @Field() family: string;
  @Field(() => String, { nullable: true }) given?: string | null;
}

@ObjectType('CitationPart', { description: 'A run of a formatted citation; the texts of all parts joined give `text`' })
export class CitationPartType {
  @Field(() => CitationPartRoleValue) role: CitationPartRoleValue;
  @Field() text: string;
  @Field(() => String, { nullable: true, description: 'Set when the part is a link (DOI, PubMed, web address)' }) href?: string | null;
}

@ObjectType('CitationLink')
export class CitationLinkType {
  @Field(() => CitationLinkKindValue) kind: CitationLinkKindValue;
  @Field() href: string;
  @Field() label: string;
}

@ObjectType('FormattedCitation', { description: 'A citation in the reference style (Vancouver), labels in the requested language' })
export class FormattedCitationType {
  @Field() text: string;
  @Field(() => [CitationPartType]) parts: CitationPartType[];
  @Field(() => [CitationLinkType]) links: CitationLinkType[];
}

@ObjectType('Citation', { description: 'A source the organisation cites; which fields are set depends on the kind' })
export class CitationType {
  @Field(() => ID) id: string;
  @Field(() => CitationKindValue) kind: CitationKindValue;
  @Field({ description: 'Title of the article, guideline, book, notice or page (for a chapter: of the book)' }) title: string;
  @Field(() => [PersonType], { nullable: true }) authors?: PersonType[];
  @Field(() => [PersonType], { nullable: true }) editors?: PersonType[];
  @Field(() => String, { nullable: true }) journal?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true, description: 'Month of publication (1–12), when the source gives it' }) month?: number;
  @Field(() => Int, { nullable: true, description: 'Day of publication, only with a month' }) day?: number;
  @Field(() => String, { nullable: true }) volume?: string;
  @Field(() => String, { nullable: true }) issue?: string;
  @Field(() => String, { nullable: true }) pages?: string;
  @Field(() => String, { nullable: true }) pubmedId?: string;
  @Field(() => String, { nullable: true, description: 'PubMed Central id, e.g. PMC3983617' }) pmcId?: string;
  @Field(() => String, { nullable: true }) doi?: string;
  @Field(() => [String], { nullable: true, description: 'Trial registry ids: NCT…, DRKS…, ISRCTN…, "EudraCT …", "EU CT …"' })
  trialIds?: string[];
  @Field(() => String, { nullable: true }) issuingBody?: string;
  @Field(() => String, { nullable: true }) guidelineVersion?: string;
  @Field(() => String, { nullable: true, description: 'e.g. "AWMF 032-045OL"' }) registryNumber?: string;
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => String, { nullable: true }) chapterTitle?: string;
  @Field(() => String, { nullable: true }) publisher?: string;
  @Field(() => String, { nullable: true }) place?: string;
  @Field(() => Int, { nullable: true }) edition?: number;
  @Field(() => String, { nullable: true }) isbn?: string;
  @Field(() => String, { nullable: true }) authority?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: issue date of a notice, publication date of a page' }) date?: string;
  @Field(() => String, { nullable: true }) organisation?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD a web page was read' }) accessedOn?: string;
  @Field({ description: 'Imported and not yet completed: fields its kind needs may be missing. Saving it with all of them clears this' })
  draft: boolean;
  @Field(() => String, { nullable: true, description: 'The reference as the imported article wrote it' }) originalText?: string | null;
  @Field(() => Int, { description: 'Goes up with every change; send it back as expectedVersion' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('CitationEdge')
export class CitationEdge {
  @Field() cursor: string;
  @Field(() => CitationType) node: CitationType;
}

@ObjectType('CitationConnection')
export class CitationConnection {
  @Field(() => [CitationEdge]) edges: CitationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType('PersonInput')
export class PersonInput {
  @Field() @MaxChars('nameChars') family: string;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') given?: string | null;
}

/** Every field of every kind; the service refuses fields the kind does not have, naming them. */
@InputType('CitationFieldsInput')
export class CitationFieldsInput {
  @Field(() => CitationKindValue) kind: CitationKindValue;
  @Field() @MaxChars('citationTitleChars') title: string;
  @Field(() => [PersonInput], { nullable: true }) @MaxItems('listItems') @Nested() authors?: PersonInput[] | null;
  @Field(() => [PersonInput], { nullable: true }) @MaxItems('listItems') @Nested() editors?: PersonInput[] | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') journal?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Int, { nullable: true }) month?: number | null;
  @Field(() => Int, { nullable: true }) day?: number | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') volume?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') issue?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') pages?: string | null;
  @Field(() => String, { nullable: true, description: 'Digits only (a "PMID:" prefix is removed)' }) @MaxChars('idChars') pubmedId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'PMC and digits' }) @MaxChars('idChars') pmcId?: string | null;
  @Field(() => [String], { nullable: true }) @MaxItems('listItems') @MaxChars('idChars', { each: true }) trialIds?: string[] | null;
  @Field(() => String, { nullable: true, description: '10.NNNN/… (a doi.org address or "doi:" prefix is removed)' })
  @MaxChars('shortTextChars')
  doi?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') issuingBody?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') guidelineVersion?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') registryNumber?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('shortTextChars') url?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') chapterTitle?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') publisher?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') place?: string | null;
  @Field(() => Int, { nullable: true }) edition?: number | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') isbn?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') authority?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') date?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') organisation?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') accessedOn?: string | null;
}

@InputType('CreateCitationInput')
export class CreateCitationInput extends CitationFieldsInput {}

@InputType('UpdateCitationInput', { description: 'Replaces all fields of the citation' })
export class UpdateCitationInput extends CitationFieldsInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT' })
  expectedVersion?: number | null;
}

@InputType('DeleteCitationInput')
export class DeleteCitationInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
}

@ObjectType('CreateCitationPayload')
export class CreateCitationPayload {
  @Field(() => CitationType) citation: CitationType;
}

@ObjectType('UpdateCitationPayload')
export class UpdateCitationPayload {
  @Field(() => CitationType) citation: CitationType;
}

@ObjectType('DeleteCitationPayload')
export class DeleteCitationPayload {
  @Field(() => ID) deletedId: string;
}
