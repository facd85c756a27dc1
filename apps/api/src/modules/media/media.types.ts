import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxChars } from '../../kernel/limits';

@ObjectType('MediaText', { description: 'Alt text and caption of an image in one locale' })
export class MediaTextType {
  @Field() locale: string;
  @Field({ description: 'What the image shows, for people who cannot see it; empty when not written yet' }) alt: string;
  @Field() caption: string;
}

@ObjectType('MediaItem', { description: 'An uploaded image' })
export class MediaItemType {
  @Field(() => ID) id: string;
  @Field({ description: 'Where readers load the file' }) url: string;
  @Field() fileName: string;
  @Field({ description: 'Detected from the content: image/jpeg, image/png, image/webp or image/gif' }) mimeType: string;
  @Field(() => Int) byteSize: number;
  @Field(() => Int, { description: 'As displayed (EXIF rotation applied)' }) width: number;
  @Field(() => Int) height: number;
  @Field({ description: 'Marked as decorative: hidden from screen readers, needs no alt text' }) decorative: boolean;
  @Field(() => [MediaTextType]) texts: MediaTextType[];
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@InputType('SetMediaTextInput', { description: 'A field left out (or null) keeps its text; an empty string clears it' })
export class SetMediaTextInput {
  @Field(() => ID) @MaxChars('idChars') mediaId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => String, { nullable: true }) @MaxChars('altChars') alt?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') caption?: string | null;
}

@InputType('SetMediaDecorativeInput')
export class SetMediaDecorativeInput {
  @Field(() => ID) @MaxChars('idChars') mediaId: string;
  @Field() decorative: boolean;
}

@InputType('DeleteMediaItemInput')
export class DeleteMediaItemInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
}

@ObjectType('SetMediaTextPayload')
export class SetMediaTextPayload {
  @Field(() => MediaItemType) mediaItem: MediaItemType;
}

@ObjectType('SetMediaDecorativePayload')
export class SetMediaDecorativePayload {
  @Field(() => MediaItemType) mediaItem: MediaItemType;
}

@ObjectType('DeleteMediaItemPayload')
export class DeleteMediaItemPayload {
  @Field(() => ID) deletedId: string;
}
