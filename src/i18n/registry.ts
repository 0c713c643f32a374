// Locale namespaces travel with the code that uses them. `common` and `codes` (the shell's text
// and the classification names) are in every entry; every other namespace is registered by a
// module in ./ns/, imported by each file that uses it, so it lands in the same chunk as that code
// and an embed or the first screen does not load the text of views it never shows. Registering
// happens on import, before any component of that chunk renders, so no text is ever missing (a
// unit test checks that every file using a namespace imports its registration).
import type { i18n as I18n } from 'i18next';

type Bundle = Record<string, unknown>;
export type LanguageBundles = Record<'zh-CN' | 'en', Bundle>;

const registered = new Map<string, LanguageBundles>();
// The live i18next instances: one per mounted shell (app, embed, kiosk), so a handful at most.
const instances = new Set<I18n>();

function addTo(instance: I18n, namespace: string, bundles: LanguageBundles): void {
  for (const [lang, bundle] of Object.entries(bundles)) {
    if (!instance.hasResourceBundle(lang, namespace)) instance.addResourceBundle(lang, namespace, bundle);
  }
}

export function registerNamespace(namespace: string, bundles: LanguageBundles): void {
  if (registered.has(namespace)) return;
  registered.set(namespace, bundles);
  for (const instance of instances) addTo(instance, namespace, bundles);
}

/** Gives an instance every namespace registered so far and each one registered later. */
export function attachInstance(instance: I18n): void {
  instances.add(instance);
  for (const [namespace, bundles] of registered) addTo(instance, namespace, bundles);
}
