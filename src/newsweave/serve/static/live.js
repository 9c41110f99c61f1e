// Live updates: an element with data-live names an SSE stream (/live); when a change
// arrives, the page's own HTML is fetched again and its <main> swapped in. The server
// renders (and escapes) everything; this script never builds HTML from data.
(function () {
  "use strict";
  var main = document.querySelector("main[data-live]");
  if (!main || !window.EventSource || !window.fetch) return;
  var busy = false, again = false;

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById(main.id);
        if (!fresh) return;
        // keep what the reader opened
        var open = Array.prototype.map.call(main.querySelectorAll("details[open][id]"), function (d) { return d.id; });
        main.replaceChildren.apply(main, Array.prototype.slice.call(fresh.childNodes).map(function (n) { return document.importNode(n, true); }));
        open.forEach(function (id) { var d = document.getElementById(id); if (d) d.open = true; });
        main.setAttribute("data-refreshed", String(Date.now()));
        document.dispatchEvent(new CustomEvent("newsweave:refreshed"));
      })
      .catch(function () {})
      .then(function () { busy = false; if (again) { again = false; refresh(); } });
  }

  var source = new EventSource(main.getAttribute("data-live"));
  source.addEventListener("change", refresh);
})();
