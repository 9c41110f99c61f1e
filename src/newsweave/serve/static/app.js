/* Job page: poll the job's JSON and update the progress; reload once it has finished
   so the server renders the result. Without JavaScript a <noscript> refresh does the same. */
(function () {
  "use strict";
  var root = document.getElementById("job");
  if (!root) return;
  var id = root.getAttribute("data-job");
  function field(name) { return root.querySelector('[data-field="' + name + '"]'); }

  function show(job) {
    field("status").textContent = job.status;
    field("status").className = "badge status-" + job.status;
    field("phase").textContent = job.phase;
    field("count").textContent = job.done + " / " + job.total;
    var bar = field("progress");
    bar.max = job.total || 1;
    bar.value = job.done;
    var box = field("problems");
    if (job.problems.length) {
      var list = box.querySelector("ul");
      list.textContent = "";
      job.problems.forEach(function (p) {
        var li = document.createElement("li");
        li.appendChild(document.createTextNode(p.kept ? "warning " : "skipped "));
        var b = document.createElement("b");
        b.textContent = p.record;  // textContent: article-derived strings never become markup
        li.appendChild(b);
        li.appendChild(document.createTextNode(": " + p.reason));
        list.appendChild(li);
      });
      box.querySelector(".count").textContent = job.problems.length;
      box.hidden = false;
    }
  }

  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (job) {
        show(job);
        if (job.status === "done" || job.status === "failed") location.reload();
        else setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
