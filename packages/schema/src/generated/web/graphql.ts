/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Writing direction of a locale */
export type TextDirection =
  | 'LTR'
  | 'RTL';

export type SiteTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteTenantQuery = { tenant: { slug: string, name: string, defaultLocale: string, defaultRegion: string | null, locales: Array<{ tag: string, direction: TextDirection, fallbacks: Array<string> }>, regions: Array<{ code: string, name: string, defaultLocale: string | null, locales: Array<string> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SiteTenantDocument = new TypedDocumentString(`
    query SiteTenant {
  tenant {
    slug
    name
    defaultLocale
    defaultRegion
    locales {
      tag
      direction
      fallbacks
    }
    regions {
      code
      name
      defaultLocale
      locales
    }
  }
}
    `) as unknown as TypedDocumentString<SiteTenantQuery, SiteTenantQueryVariables>;