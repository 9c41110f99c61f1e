/* Enhancements only: the page reads the same without JavaScript. */
(function () {
  "use strict";
  var doc = document;

  function each(sel, root, fn) {
    Array.prototype.forEach.call((root || doc).querySelectorAll(sel), fn);
  }

  // Facts: a click anywhere on a row toggles its supporting sentences;
  // expand/collapse-all buttons (added here, so they never exist without JS).
  each("table.facts", null, function (table) {
    table.addEventListener("click", function (ev) {
      var t = ev.target;
      if (t.closest("a, summary, details")) return;
      var row = t.closest("tr.fact");
      var det = row && row.querySelector("details");
      if (det) det.open = !det.open;
    });
    var tools = doc.createElement("p");
    tools.className = "tools";
    [["Expand all", true], ["Collapse all", false]].forEach(function (b) {
      var btn = doc.createElement("button");
      btn.type = "button";
      btn.textContent = b[0];
      btn.addEventListener("click", function () {
        each("details", table, function (d) { d.open = b[1]; });
      });
      tools.appendChild(btn);
    });
    table.parentNode.insertBefore(tools, table);
  });

  // Following a link to a fact opens it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && doc.getElementById(id);
    var det = el && el.querySelector("details");
    if (det) det.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Coverage matrix: hovering a cell lights its row and column and names the fact.
  each("table.coverage", null, function (table) {
    var caption = table.closest("section").querySelector(".cov-caption");
    function clear() {
      each(".hover", table, function (c) { c.classList.remove("hover"); });
      if (caption) caption.textContent = "";
    }
    table.addEventListener("mouseover", function (ev) {
      var cell = ev.target.closest("[data-col]");
      clear();
      if (!cell) return;
      var col = cell.getAttribute("data-col");
      each('[data-col="' + col + '"]', table, function (c) { c.classList.add("hover"); });
      var row = cell.closest("tr");
      if (row && row.parentNode.tagName === "TBODY") {
        Array.prototype.forEach.call(row.children, function (c) { c.classList.add("hover"); });
      }
      if (caption) caption.textContent = cell.getAttribute("title") || "";
    });
    table.addEventListener("mouseleave", clear);
  });

  // Printing shows everything a reader could have expanded.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each("details:not([open])", null, function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
