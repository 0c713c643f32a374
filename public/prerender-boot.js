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
  var listed = document.querySelector('meta[name="hsa-stand-ins"]');
  var map = {};
  try {
    map = JSON.parse(listed.getAttribute('content'));
  } catch (e) {
    // no list: no stand-in
  }
  var key = Object.prototype.hasOwnProperty.call(map, hash) ? map[hash] : null;
  if (key !== null && listed.hasAttribute('data-remembered')) {
    try {
      var lang = localStorage.getItem('hsa-budget.lang');
      var unit = localStorage.getItem('hsa-budget.unit');
      if ((lang && lang !== 'zh-CN') || (unit && unit !== 'auto')) key = null;
    } catch (e) {
      // storage blocked: the defaults apply, as in the app
    }
  }
  if (key !== null && key === map['']) root.setAttribute('data-prerender', 'on');
  if (key !== null && key !== map['']) {
    // Hidden until the template is in place: the bare URL's stand-in, parsed first, never shows.
    root.setAttribute('data-prerender', 'pending');
    document.addEventListener('DOMContentLoaded', function () {
      var holder = document.getElementById('prerendered');
      var templates = document.querySelectorAll('template[data-stand-in]');
      var template = null;
      for (var i = 0; i < templates.length; i++) if (templates[i].getAttribute('data-stand-in') === key) template = templates[i];
      if (!holder || !template || root.getAttribute('data-prerender') !== 'pending') return;
      holder.replaceChildren(template.content.cloneNode(true));
      root.setAttribute('data-prerender', 'on');
    });
  }
  var asked = /(?:^|&)theme=(light|dark)(?:&|$)/.exec(hash);
  var dark = asked ? asked[1] === 'dark' : !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';

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
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.src = urls[0];
    document.head.appendChild(entry);
  }
  // Starts the app once the stand-in has been painted (its first contentful paint), or after a
  // few seconds at the latest: a tab opened in the background does not paint until it is shown.
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
  }
  if (key !== null) afterFirstPaint(startApp);
  else startApp();
})();
