// The render stage's document writer (renderDisclosure → HTML/PDF/XLSX/DOCX/txt), loaded lazily
// and optionally: when it is absent, the portal offers the downloads it can make itself.
import type { RenderDocument } from './env.js';

// Variable specifiers: the modules may not exist in this build, and then the import fails softly.
// The render stage's front door first, then the document writer's own index.
const RENDER_MODULES = ['../render/index.js', '../render/document/index.js'];

export async function loadRenderDocument(): Promise<RenderDocument | undefined> {
  for (const specifier of RENDER_MODULES) {
    try {
      const mod = (await import(specifier)) as { renderDisclosure?: unknown };
      if (typeof mod.renderDisclosure === 'function') return mod.renderDisclosure as RenderDocument;
    } catch {
      // not in this build: try the next
    }
  }
  return undefined;
}
