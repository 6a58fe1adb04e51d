// Module resolution hook for ./register.mjs: whoever imports STOR's built data-source.js gets
// ./data-source.mjs instead — except ./data-source.mjs itself, which delegates server mode to it.
const REPLACEMENT = new URL('./data-source.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.endsWith('/dist/libs/platform/src/database/data-source.js') && context.parentURL !== REPLACEMENT) {
    return { ...resolved, url: REPLACEMENT };
  }
  return resolved;
}
