// rasid: the little the pages need from a script. Everything works without it except live job progress.
(function () {
  "use strict";

  function followJob(panel) {
    var id = panel.getAttribute("data-job");
    var fields = { read: "job-read", ingested: "job-ingested", already_present: "job-present" };
    function poll() {
      fetch("/api/v1/jobs/" + encodeURIComponent(id), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) {
          if (!job) { return; }
          Object.keys(fields).forEach(function (key) {
            var el = document.getElementById(fields[key]);
            if (el) { el.textContent = String(job[key]); }
          });
          var failed = document.getElementById("job-failed");
          if (failed) { failed.textContent = String(job.failed.length); }
          var phase = document.getElementById("job-phase");
          if (phase) {
            var key = job.phase.indexOf("entities") === 0 ? "enriching" : job.phase;
            phase.textContent = phase.getAttribute("data-" + key) || job.phase;
          }
          if (job.state === "done" || job.state === "failed") {
            window.location.reload();
          } else {
            window.setTimeout(poll, 800);
          }
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    }
    window.setTimeout(poll, 500);
  }

  function showCited() {
    var cited = document.getElementById("cited");
    if (!cited) { return; }
    cited.scrollIntoView({ block: "center" });
    cited.focus({ preventScroll: true });
  }

  function showPicked(input) {
    var names = document.getElementById("picked");
    if (!names) { return; }
    input.addEventListener("change", function () {
      var files = Array.prototype.map.call(input.files, function (f) { return f.name; });
      if (!files.length) { names.textContent = names.getAttribute("data-none"); return; }
      names.textContent = files.length > 3
        ? names.getAttribute("data-many").replace("{n}", String(files.length))
        : files.join("، ");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var picker = document.getElementById("files");
    if (picker) { showPicked(picker); }
    var panel = document.getElementById("job");
    if (panel) {
      var state = panel.getAttribute("data-state");
      if (state === "queued" || state === "running") { followJob(panel); }
    }
    showCited();
  });
})();
