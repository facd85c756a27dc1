import type { Services } from '../../services';
import { GESUNDHEIT_AT_CONTENT } from './gesundheit-at';
import { GESUNDHEIT_CONTENT } from './gesundheit';
import { seedTenantContent } from './seed';
import type { DemoTenantContent } from './types';

export const DEMO_CONTENT: DemoTenantContent[] = [GESUNDHEIT_CONTENT, GESUNDHEIT_AT_CONTENT];

/** Publishes the demo tenants' content where it is missing; one report line per tenant that got something new. */
export async function seedDemoContent(services: Services, content: DemoTenantContent[] = DEMO_CONTENT): Promise<string[]> {
  const report: string[] = [];
  for (const tenant of content) {
    const line = await seedTenantContent(services, tenant);
    if (line) report.push(line);
  }
  return report;
}
