// Injected by `sitegen serve` only, never into a built site: reloads the page when a rebuild
// changed it (or a stylesheet or script), and shows build problems over the page until fixed.
(function () {
  'use strict';
  var overlay = null;

  function currentFile() {
    var path = decodeURIComponent(location.pathname);
    return path.endsWith('/') ? path + 'index.html' : path;
  }

  function showProblems(lines) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'sitegen-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
        'margin:0;padding:1rem 1.25rem;background:#2b0d0d;color:#ffe3e3;border-top:4px solid #e5484d;' +
        'font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -8px 24px rgba(0,0,0,.35)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var heading = document.createElement('strong');
    heading.textContent = 'Build failed: still showing the last good site. Fix these and save:';
    var list = document.createElement('pre');
    list.style.cssText = 'margin:.5rem 0 0;white-space:pre-wrap';
    // textContent, never innerHTML: messages quote contributor text.
    list.textContent = lines.join('\n');
    overlay.appendChild(heading);
    overlay.appendChild(list);
  }

  function hideProblems() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  var events = new EventSource('/__sitegen/events');
  events.addEventListener('problems', function (e) { showProblems(JSON.parse(e.data)); });
  events.addEventListener('fixed', hideProblems);
  events.addEventListener('reload', function (e) {
    var changed = JSON.parse(e.data);
    var here = currentFile();
    var affectsPage = changed.some(function (path) { return path === here || !path.endsWith('.html'); });
    if (affectsPage) location.reload();
    else hideProblems();
  });
})();
