// One .bib file gathered in the browser from paper pages: each record as its page's Cite section shows it
// (#bibtex-code), so the site need not publish a file per author. A button with data-bibtex-download="name.bib"
// collects the papers its page lists; the search page passes its own list of pages.
(function () {
  "use strict";
  var PARALLEL = 6;

  /** Fetches the pages (absolute URLs), in order; onProgress(done, total). Resolves to the .bib text. */
  function collect(urls, onProgress) {
    var records = new Array(urls.length), next = 0, done = 0;
    function worker() {
      if (next >= urls.length) return Promise.resolve();
      var at = next++;
      return fetch(urls[at], { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(urls[at] + ": " + response.status);
        return response.text();
      }).then(function (html) {
        var code = new DOMParser().parseFromString(html, "text/html").getElementById("bibtex-code");
        records[at] = code ? code.textContent.trim() : "";
        if (onProgress) onProgress(++done, urls.length);
        return worker();
      });
    }
    var workers = [];
    for (var i = 0; i < Math.min(PARALLEL, urls.length); i++) workers.push(worker());
    return Promise.all(workers).then(function () { return records.filter(Boolean).join("\n\n") + "\n"; });
  }

  /** Hands text to the reader as a download named name. */
  function save(name, text) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/x-bibtex" }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  window.sitegenBibtex = { collect: collect, save: save };

  document.querySelectorAll("[data-bibtex-download]").forEach(function (button) {
    var urls = Array.prototype.map.call(document.querySelectorAll(".card-list .paper-card .card-title a"), function (a) { return a.href; });
    if (!urls.length || !window.fetch) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      var failed = false;
      button.disabled = true;
      collect(urls, function (done, total) { button.textContent = label + "… " + done + "/" + total; })
        .then(function (text) { save(button.getAttribute("data-bibtex-download"), text); })
        .catch(function () { failed = true; })
        // The failure is said on the button until the next try, which starts from the button's own label again.
        .finally(function () { button.textContent = failed ? label + ": a page could not be fetched, try again" : label; button.disabled = false; });
    });
  });
})();
