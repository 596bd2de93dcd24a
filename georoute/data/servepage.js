/* georoute serve, the form page: dropped or chosen .txt files become articles (read here, in the
   browser); the form itself posts to /report. Strings go in through .value and .textContent. */
(function () {
  "use strict";
  var MAX_BYTES = 5000000;
  var form = document.getElementById("verify-form");
  var list = document.getElementById("articles");
  var status = document.getElementById("status");
  var count = 1;

  function addArticle(name, text) {
    count += 1;
    var fs = document.createElement("fieldset");
    fs.className = "article";
    var lg = document.createElement("legend");
    lg.textContent = "Article " + count;
    fs.appendChild(lg);
    var l1 = document.createElement("label");
    l1.textContent = "Name ";
    var id = document.createElement("input");
    id.name = "id";
    id.maxLength = 120;
    id.value = name || "article" + count;
    l1.appendChild(id);
    fs.appendChild(l1);
    var l2 = document.createElement("label");
    l2.textContent = "Text";
    l2.htmlFor = "text-" + count;
    fs.appendChild(l2);
    var ta = document.createElement("textarea");
    ta.id = "text-" + count;
    ta.name = "text";
    ta.rows = 12;
    ta.value = text || "";
    fs.appendChild(ta);
    list.appendChild(fs);
    return ta;
  }
  function firstEmpty() {
    var tas = list.querySelectorAll("textarea");
    for (var i = 0; i < tas.length; i++) {
      if (!tas[i].value.trim()) { return tas[i]; }
    }
    return null;
  }
  function readFiles(files) {
    Array.prototype.forEach.call(files, function (f) {
      if (!/\.txt$/i.test(f.name) && f.type !== "text/plain") {
        status.textContent = "Skipped a file that is not .txt: " + f.name;
        return;
      }
      if (f.size > MAX_BYTES) {
        status.textContent = "Skipped a file larger than 5 MB: " + f.name;
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var name = f.name.replace(/\.txt$/i, "");
        var ta = firstEmpty();
        if (ta) {
          ta.value = String(reader.result);
          var idInput = ta.parentNode.querySelector("input[name=id]");
          if (idInput) { idInput.value = name; }
        } else {
          addArticle(name, String(reader.result));
        }
        status.textContent = "Read " + f.name;
      };
      reader.readAsText(f);
    });
  }
  document.getElementById("add").addEventListener("click", function () { addArticle().focus(); });
  document.getElementById("files").addEventListener("change", function (ev) { readFiles(ev.target.files); });
  ["dragenter", "dragover"].forEach(function (t) {
    document.addEventListener(t, function (ev) { ev.preventDefault(); });
  });
  document.addEventListener("drop", function (ev) {
    ev.preventDefault();
    if (ev.dataTransfer && ev.dataTransfer.files) { readFiles(ev.dataTransfer.files); }
  });
  form.addEventListener("submit", function (ev) {
    var total = 0, any = false;
    Array.prototype.forEach.call(list.querySelectorAll("textarea"), function (ta) {
      total += new Blob([ta.value]).size;
      if (ta.value.trim()) { any = true; }
    });
    if (!any) {
      ev.preventDefault();
      status.textContent = "Paste at least one article.";
      return;
    }
    if (total > MAX_BYTES) {
      ev.preventDefault();
      status.textContent = "The articles are larger than 5 MB together; submit fewer at a time.";
      return;
    }
    status.textContent = "Verifying\u2026 (this can take up to a minute)";
    document.getElementById("submit").disabled = true;
  });
  // coming back to the form after a report: the button works again
  window.addEventListener("pageshow", function () { document.getElementById("submit").disabled = false; });
})();
