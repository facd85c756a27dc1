import type { CDPSession, Page } from 'playwright-core';

// What assistive technology receives: Chromium's own accessibility tree over
// the DevTools protocol, not the attributes the page set.

async function withCdp<T>(page: Page, fn: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The accessible description Chromium computes for the element matching `selector` (what a screen reader announces after the name). */
export async function accessibleDescription(page: Page, selector: string): Promise<{ name: string; description: string }> {
  return withCdp(page, async (cdp) => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: { name?: { value?: string }; description?: { value?: string } }[];
    };
    return { name: String(nodes[0]?.name?.value ?? ''), description: String(nodes[0]?.description?.value ?? '') };
  });
}

export interface AxNode {
  role: string;
  name: string;
  /** Heading level, where the node has one. */
  level?: number;
}

/** Every node of the page's accessibility tree that is not ignored, in document order. */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  return withCdp(page, async (cdp) => {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value?: string };
        name?: { value?: string };
        properties?: { name: string; value: { value?: unknown } }[];
      }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => {
        const level = n.properties?.find((p) => p.name === 'level')?.value.value;
        return { role: String(n.role?.value ?? ''), name: String(n.name?.value ?? ''), ...(typeof level === 'number' ? { level } : {}) };
      });
  });
}

/**
 * The role and name Chromium gives the element matching `selector`, and the
 * names of its descendants with `role` (e.g. the links inside a navigation),
 * in document order.
 */
export async function accessibleWithin(page: Page, selector: string, role: string): Promise<AxNode & { names: string[] }> {
  return withCdp(page, async (cdp) => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    type Raw = { role?: { value?: string }; name?: { value?: string } };
    const { nodes: self } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as { nodes: Raw[] };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId, role })) as { nodes: Raw[] };
    return {
      role: String(self[0]?.role?.value ?? ''),
      name: String(self[0]?.name?.value ?? ''),
      names: nodes.map((n) => String(n.name?.value ?? '')),
    };
  });
}
