/* Werkbrug: Dutch ESCO occupation labels as you type, for the vacancy form.
 * Progressive enhancement: without JavaScript the field is a plain text field and the
 * server links the typed text to the occupation list on saving. */
(function () {
  "use strict";
  var list = document.getElementById("beroepen");
  var input = document.querySelector("input[list='beroepen']");
  if (!list || !input || !window.fetch) { return; }
  var source = list.getAttribute("data-source");
  var timer = null;
  var last = "";

  function fill(labels) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    labels.forEach(function (label) {
      var option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });
  }

  function lookUp() {
    var term = input.value.trim();
    if (term.length < 2 || term === last) { return; }
    last = term;
    fetch(source + "?q=" + encodeURIComponent(term), {
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (labels) { if (input.value.trim() === term) { fill(labels); } })
      .catch(function () { /* suggestions are a help, not a requirement */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, 200);
  });
}());
