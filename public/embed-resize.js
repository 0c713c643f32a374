/*
 * Shanghai HSA budget dashboard: makes embedded charts as tall as their content.
 *
 * Include once on a page that has one or more embeds (the embed code does it; a second copy
 * does nothing). Each embed iframe posts its content height to this page whenever it changes:
 *   { "type": "hsa-embed:height", "version": 1, "height": 612 }
 * This script accepts a message only when it comes from the origin this script was served from,
 * from the window of an iframe on this page, and has exactly that shape (height a whole number
 * of CSS pixels between 1 and 20000); everything else is ignored. On start it asks every embed
 * for its height once ({ "type": "hsa-embed:request-height", "version": 1 }), for embeds that
 * reported before this script ran. See docs/EMBED.md.
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

  function requestHeights() {
    var frames = embedFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'hsa-embed:request-height', version: 1 }, origin);
      }
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', requestHeights);
  else requestHeights();
})();
