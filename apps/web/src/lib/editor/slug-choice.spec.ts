import { chosenSlug } from './slug-choice';

const fields = (f: Record<string, string>) => (name: string) => f[name] ?? '';

describe('the address a form asks for', () => {
  it('is the offered alternative when its button was pressed', () => {
    expect(chosenSlug(fields({ slug: 'diabetes', slugBefore: 'diabetes', acceptSlug: 'diabetes-2' }))).toBe('diabetes-2');
  });
  it('is the typed address when the editor changed the field (Enter presses the first button)', () => {
    expect(chosenSlug(fields({ slug: 'diabetes-typ-2', slugBefore: 'diabetes', acceptSlug: 'diabetes-2' }))).toBe('diabetes-typ-2');
  });
  it('is the field, or none, without an offer', () => {
    expect(chosenSlug(fields({ slug: 'diabetes' }))).toBe('diabetes');
    expect(chosenSlug(fields({}))).toBe('');
  });
});
