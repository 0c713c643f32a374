// Runs before the page first paints (a small classic script, so it can decide in time; the
// Content-Security-Policy allows no inline script), in index.html and embed.html. First screens
// are prerendered into the page at build time (scripts/vite/prerender.ts): the bare URL's in
// <div id="prerendered">, others in <template data-stand-in="…">; <meta name="hsa-stand-ins">
// maps each URL hash (without '#') to its stand-in. One is shown only when this visit starts on
// exactly a listed hash and, in the app (data-remembered), no language or unit other than the
// defaults is remembered; otherwise the page waits for the app as before. A template takes the
// bare URL's place once the page is parsed; until then nothing of the stand-ins shows. The script
// also applies the colour theme at once, so that a dark-mode reader sees no light flash before
// the app takes over. And it starts the app: the build lists the app's modules in
// <meta name="hsa-app-modules">; they are fetched at once, or, when a stand-in is shown, right
// after it has painted, so that on a slow network its HTML and CSS are not held up by the app's
// JavaScript.
(function () {
  var root = document.documentElement;
  var hash = location.hash.replace(/^#/, '');

  // Runs fn once the page is parsed: the app's root and the templates exist then.
  function whenParsed(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  // The app could not start: no stand-in stays, and the message rendered at build time shows.
  function showStartFailure() {
    var holder = document.getElementById('prerendered');
    if (holder) holder.remove();
    root.removeAttribute('data-prerender');
    var app = document.getElementById('root');
    var failure = document.querySelector('template[data-start-failure]');
    if (app && failure && !app.hasChildNodes()) app.appendChild(failure.content.cloneNode(true));
  }

  function startApp() {
    var list = document.querySelector('meta[name="hsa-app-modules"]');
    var urls = list ? list.getAttribute('content').split(' ') : [];
    for (var i = 1; i < urls.length; i++) {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = urls[i];
      document.head.appendChild(preload);
    }
    var data = document.createElement('script'); // public/data-preload.js: the data's head start
    data.src = 'data-preload.js';
    document.head.appendChild(data);
    // The modules are fetched from now on; the entry runs once the page is parsed, since it
    // looks for the app's root, which a slow network may not have delivered yet.
    whenParsed(function () {
      var entry = document.createElement('script');
      entry.type = 'module';
      entry.src = urls[0];
      entry.onerror = showStartFailure;
      document.head.appendChild(entry);
    });
  }

  // Starts the app once the stand-in has been painted (its first contentful paint), or after a
  // few seconds at the latest: a tab opened in the background does not paint until it is shown.
  // Returns a function that starts it at once.
  function afterFirstPaint(callback) {
    var started = false;
    function once() {
      if (!started) callback();
      started = true;
    }
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (types && types.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list, observer) {
        var entries = list.getEntries();
        for (var i = 0; i < entries.length; i++) {
          if (entries[i].name === 'first-contentful-paint') {
            observer.disconnect();
            setTimeout(once, 0);
          }
        }
      }).observe({ type: 'paint', buffered: true });
    } else {
      document.addEventListener('DOMContentLoaded', function () {
        requestAnimationFrame(function () {
          setTimeout(once, 0);
        });
      });
    }
    setTimeout(once, 3000);
    return once;
  }

  var key = null;
  try {
    var listed = document.querySelector('meta[name="hsa-stand-ins"]');
    var map = (listed && JSON.parse(listed.getAttribute('content'))) || {};
    key = Object.prototype.hasOwnProperty.call(map, hash) ? map[hash] : null;
    // A remembered language or unit other than the defaults rules a stand-in out, unless the URL
    // names its own (the URL wins in the app too).
    if (key !== null && listed.hasAttribute('data-remembered')) {
      var lang = /(?:^|&)lang=/.test(hash) ? null : localStorage.getItem('hsa-budget.lang');
      var unit = /(?:^|&)unit=/.test(hash) ? null : localStorage.getItem('hsa-budget.unit');
      if ((lang && lang !== 'zh-CN') || (unit && unit !== 'auto')) key = null;
    }
  } catch (e) {
    key = null; // a broken list or blocked storage: no stand-in, the app as before
  }

  var asked = /(?:^|&)theme=(light|dark)(?:&|$)/.exec(hash);
  var dark = asked ? asked[1] === 'dark' : !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';

  if (key === null) {
    startApp();
  } else if (key === map['']) {
    root.setAttribute('data-prerender', 'on');
    afterFirstPaint(startApp);
  } else {
    // Hidden until the template is in place: the bare URL's stand-in, parsed first, never shows.
    root.setAttribute('data-prerender', 'pending');
    var startNow = afterFirstPaint(startApp);
    whenParsed(function () {
      if (root.getAttribute('data-prerender') !== 'pending') return;
      try {
        var holder = document.getElementById('prerendered');
        var templates = document.querySelectorAll('template[data-stand-in]');
        var template = null;
        for (var i = 0; i < templates.length; i++) if (templates[i].getAttribute('data-stand-in') === key) template = templates[i];
        holder.replaceChildren(template.content.cloneNode(true));
        root.setAttribute('data-prerender', 'on');
      } catch (e) {
        root.removeAttribute('data-prerender'); // no stand-in after all: the app as before, at once
        startNow();
      }
    });
  }
})();
