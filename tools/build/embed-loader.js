// Reading Companion embed loader: one <script src=".../reading-companion.js"> puts the
// companion into any page. Built into dist/reading-companion.js by tools/build/embed.mjs,
// which fills in FILES (the build's hashed file names).
//
// - Defines one global, ReadingCompanion, with mount(element, options) → handle
//   ({ ready, update(options), destroy() }, each a promise for when it is done).
// - Mounts <reading-companion> elements and [data-reading-companion] elements by themselves.
// - Loads the app's files relative to this script's own address, so they may live under any
//   path or on another origin (which then needs CORS: see the README).
(() => {
  'use strict';
  if (window.ReadingCompanion) return;
  const FILES = /* FILES */ { js: '', wasm: '', css: '' };
  const base = new URL('.', document.currentScript?.src || location.href).href;
  const asset = (name) => new URL(name, base).href;
  const report = (error) => console.error(`Reading Companion: ${error?.message ?? error}`);
  /** Options as JSON text, which the app checks and reports on, option by option. */
  function json(options) {
    try {
      return JSON.stringify(options ?? {});
    } catch (error) {
      report(`the options are not plain data (${error.message}); the defaults are used`);
      return '{}';
    }
  }

  let exports;
  /** The app's module, fetched and started once for every widget on the page. */
  function app() {
    exports ??= import(asset(FILES.js)).then(async (module) => {
      await module.default({ module_or_path: asset(FILES.wasm) });
      return module;
    });
    return exports;
  }

  // Every mount, update and destroy runs in call order, one at a time.
  let queue = Promise.resolve();
  const run = (step) => (queue = queue.then(step).catch(report));

  /**
   * Mounts a companion into `element` (a <div>, <section>, <article> or <reading-companion>)
   * with `options` ({ article, glossary, panels, theme, accent, font }; see the README).
   */
  function mount(element, options = {}) {
    if (!(element instanceof Element)) {
      throw new TypeError('ReadingCompanion.mount(element, options): element must be a DOM element');
    }
    let embed = null;
    const handle = {
      ready: run(async () => {
        const module = await app();
        embed = module.mount(element, json(options), base, asset(FILES.css));
      }).then(() => handle),
      /** Changes the given options; the others stay, `null` resets one. */
      update: (changes = {}) => run(() => embed?.update(json(changes))),
      /** Removes the companion: every node and listener it added. */
      destroy: () =>
        run(() => {
          embed?.destroy();
          embed?.free();
          embed = null;
        }),
    };
    return handle;
  }

  const ATTRIBUTES = ['src', 'selector', 'glossary', 'panels', 'theme', 'accent', 'font'];

  /**
   * Options from an element's attributes (`read(name)`) and its own content. A missing
   * attribute is `null`, so that removing one resets its option on update.
   */
  function optionsOf(element, read) {
    const options = { article: null };
    for (const name of ['glossary', 'panels', 'theme', 'accent', 'font']) options[name] = read(name);
    const src = read('src') || element.getAttribute('data-reading-companion');
    const selector = read('selector');
    if (src) {
      options.article = { url: src };
    } else if (selector) {
      const source = document.querySelector(selector);
      if (source) options.article = { html: source.innerHTML };
      else report(`option "selector": "${selector}" matches nothing on the page`);
    } else {
      const links = element.querySelectorAll('a[href]');
      const onlyLink = links.length === 1 && element.textContent.trim() === links[0].textContent.trim();
      if (onlyLink) options.article = { url: links[0].href };
      else if (element.children.length > 0) options.article = { html: element.innerHTML };
      else if (element.textContent.trim()) options.article = { text: element.textContent };
    }
    return options;
  }

  if (!customElements.get('reading-companion')) {
    customElements.define(
      'reading-companion',
      class extends HTMLElement {
        static observedAttributes = ATTRIBUTES;
        #handle = null;
        connectedCallback() {
          // Upgraded while the page is still parsing: the article inside may not be there yet.
          if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', () => this.isConnected && this.connectedCallback(), { once: true });
            return;
          }
          this.#handle ??= mount(this, optionsOf(this, (name) => this.getAttribute(name)));
        }
        disconnectedCallback() {
          this.#handle?.destroy();
          this.#handle = null;
        }
        attributeChangedCallback() {
          this.#handle?.update(optionsOf(this, (name) => this.getAttribute(name)));
        }
      },
    );
  }

  /** Mounts every [data-reading-companion] element, reading its data- attributes. */
  function mountMarked() {
    for (const element of document.querySelectorAll('[data-reading-companion]')) {
      if (element.localName !== 'reading-companion') {
        mount(element, optionsOf(element, (name) => element.getAttribute(`data-${name}`)));
      }
    }
  }

  window.ReadingCompanion = Object.freeze({ mount });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountMarked, { once: true });
  else mountMarked();
})();
