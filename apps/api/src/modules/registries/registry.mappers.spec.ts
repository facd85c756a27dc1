import { REGISTRY_KINDS } from './registry.model';
import { kindFromEnum, toFlagEnum, toKindEnum } from './registry.mappers';
import { RegistryFlagEnum, RegistryKindEnum } from './registry.types';

test('every stored registry kind becomes the GraphQL value of the same name, and back', () => {
  for (const kind of REGISTRY_KINDS) {
    expect(String(toKindEnum(kind))).toBe(kind);
    expect(kindFromEnum(toKindEnum(kind))).toBe(kind);
  }
  expect(Object.values(RegistryKindEnum).sort()).toEqual([...REGISTRY_KINDS].sort());
});

test('a missing kind filter stays missing', () => {
  expect(kindFromEnum(null)).toBeNull();
  expect(kindFromEnum(undefined)).toBeUndefined();
});

test('every flag becomes the GraphQL value of the same name', () => {
  for (const flag of Object.values(RegistryFlagEnum)) expect(toFlagEnum(flag)).toBe(flag);
});
