// Starts the data fetches the page's loader is about to make (src/data/load-documents.ts for the
// department of the link, and load-pinned.ts for an embed pinned to data versions), so that they
// run alongside the app's
// JavaScript instead of after it: on a slow phone that is two round trips less before the first
// chart. Only a head start: the loader fetches the same URLs (the browser hands it these
// responses) and checks them as ever. The build lists the files in <meta> tags
// (scripts/vite/data-preload.ts).
(function () {
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  function listed(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.getAttribute('content').split(' ').filter(Boolean) : [];
  }
  var pinned = /(?:^#|&)data=([0-9a-f,]+)(?:&|$)/.exec(location.hash);
  if (!pinned) {
    // A link to another department: its index only (its documents' names are in it); a department
    // imported in this browser is read from IndexedDB, not fetched.
    var dept = /(?:^#|&)dept=([a-z0-9-]+)(?:&|$)/.exec(location.hash);
    if (!dept || listed('hsa-data-dept')[0] === dept[1]) listed('hsa-data-latest').forEach(preload);
    else if (dept[1].indexOf('imported-') !== 0) preload('data/departments/' + dept[1] + '.json');
    return;
  }
  var files = {};
  listed('hsa-data-pinned').forEach(function (entry) {
    var parts = entry.split(':');
    files[parts[0]] = parts[1];
  });
  preload('data/versions.json');
  pinned[1].split(',').forEach(function (hash) {
    if (files[hash]) preload('data/v/' + hash + '/' + files[hash]);
  });
})();
