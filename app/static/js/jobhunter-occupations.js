/* Werkbrug: add desired occupations from the Dutch ESCO list while typing (client form).
 * Progressive enhancement: the helper is hidden without JavaScript; the textarea below it
 * always works, and the server links typed occupations to the list when saving. */
(function () {
  "use strict";
  var box = document.getElementById("occupation-helper");
  var input = document.getElementById("occupation-search");
  var list = document.getElementById("occupation-suggestions");
  var button = document.getElementById("occupation-add");
  var target = document.getElementById("desired_occupations");
  if (!box || !input || !list || !button || !target || !window.fetch) { return; }
  box.hidden = false;
  var source = list.getAttribute("data-source");
  var timer = null;

  function fill(labels) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    labels.forEach(function (label) {
      var option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    var term = input.value.trim();
    if (term.length < 2) { return; }
    timer = window.setTimeout(function () {
      fetch(source + "?q=" + encodeURIComponent(term), {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (labels) { if (input.value.trim() === term) { fill(labels); } })
        .catch(function () { /* suggestions are a help, not a requirement */ });
    }, 200);
  });

  button.addEventListener("click", function () {
    var value = input.value.trim();
    if (!value) { return; }
    var lines = target.value.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
    if (lines.indexOf(value) === -1) { lines.push(value); }
    target.value = lines.join("\n");
    input.value = "";
    input.focus();
  });
}());
