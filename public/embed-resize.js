/*
 * Shanghai HSA budget dashboard: makes embedded charts as tall as their content.
 *
 * Include once on a page that has one or more embeds (the embed code does it; a second copy
 * does nothing). Each embed iframe posts its content height to this page whenever it changes:
 *   { "type": "hsa-embed:height", "version": 1, "height": 612 }
 * This script accepts a message only when it comes from the origin this script was served from,
 * from the window of an iframe on this page, and has exactly that shape (height a whole number
 * of CSS pixels between 1 and 20000); everything else is ignored. It asks an embed for its
 * height ({ "type": "hsa-embed:request-height", "version": 1 }) when the embed has loaded: at
 * start for embeds that are already there (they may have reported before this script ran), and
 * on the load event of the others. See docs/EMBED.md.
 */
(function () {
  'use strict';
  if (window.__hsaEmbedResize) return;
  window.__hsaEmbedResize = true;

  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : '', window.location.href).origin;
  } catch (e) {
    return;
  }
  if (!origin || origin === 'null') return; // file:// pages have no origin to check against

  var MAX_HEIGHT = 20000;

  function isHeightMessage(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
    var keys = Object.keys(data).sort().join(',');
    return (
      keys === 'height,type,version' &&
      data.type === 'hsa-embed:height' &&
      data.version === 1 &&
      typeof data.height === 'number' &&
      Math.floor(data.height) === data.height &&
      data.height >= 1 &&
      data.height <= MAX_HEIGHT
    );
  }

  function embedFrames() {
    var frames = document.getElementsByTagName('iframe');
    var result = [];
    for (var i = 0; i < frames.length; i++) {
      var src = frames[i].getAttribute('src') || '';
      var frameOrigin;
      try {
        frameOrigin = new URL(src, window.location.href).origin;
      } catch (e) {
        continue;
      }
      if (frameOrigin === origin) result.push(frames[i]);
    }
    return result;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    var frames = embedFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = event.data.height + 'px';
        frames[i].setAttribute('height', String(event.data.height));
        return;
      }
    }
  });

  var REQUEST = { type: 'hsa-embed:request-height', version: 1 };

  // Whether the frame shows a document of the embed's origin. A frame that has not loaded yet
  // (loading="lazy" below the fold, or still fetching) holds its initial about:blank, which has
  // this page's origin: a message to it with the embed's origin as target is not delivered, and
  // Chromium logs an error for it. A document of another origin than this page is not readable
  // (contentDocument is null): its src has the embed's origin, so it is the embed.
  function hasLoadedEmbed(frame) {
    var doc;
    try {
      doc = frame.contentDocument;
    } catch (e) {
      doc = null;
    }
    if (!doc) return Boolean(frame.contentWindow);
    try {
      return new URL(doc.URL).origin === origin; // about:blank gives 'null'
    } catch (e) {
      return false;
    }
  }

  function requestHeight(frame) {
    if (hasLoadedEmbed(frame)) frame.contentWindow.postMessage(REQUEST, origin);
  }

  function watchFrames() {
    var frames = embedFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.__hsaEmbedWatched) continue;
      frame.__hsaEmbedWatched = true;
      // Also on every later load (a new hash from the host reloads the embed).
      frame.addEventListener('load', function (event) {
        requestHeight(event.currentTarget);
      });
      requestHeight(frame);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchFrames);
  else watchFrames();
})();
