/* Small screens (up to 40rem, about 640 px): the header folds behind a "Menu" button and
   tables show each row as a card with the column name before every value, so no column (the
   amounts on the right, say) is hidden off-screen. Without JavaScript the header stays open
   and tables scroll sideways, as before. Table roles are set explicitly while the cards show,
   so screen readers keep the table semantics that CSS display changes take away. */
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 40rem)");

  function setUpMenu() {
    var header = document.querySelector(".site-header");
    var toggle = header && header.querySelector(".menu-toggle");
    if (!toggle) {
      return;
    }
    toggle.hidden = false;
    header.classList.add("has-menu-toggle");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("menu-open", open);
    });
  }

  function label(table) {
    var heads = table.querySelectorAll("thead th");
    if (!heads.length) {
      return false;
    }
    var names = Array.prototype.map.call(heads, function (th) {
      return th.textContent.replace(/\s+/g, " ").trim();
    });
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr, tfoot tr"), function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (!cell.hasAttribute("data-label")) {
          cell.setAttribute("data-label", names[column] || "");
        }
        column += cell.colSpan || 1;
      });
    });
    return true;
  }

  var ROLES = [
    ["table", "table"],
    ["thead, tbody, tfoot", "rowgroup"],
    ["tr", "row"],
    ["thead th", "columnheader"],
    ["tbody th, tfoot th", "rowheader"],
    ["td", "cell"]
  ];

  function setRoles(table, on) {
    ROLES.forEach(function (pair) {
      var nodes = pair[0] === "table" ? [table] : table.querySelectorAll(pair[0]);
      Array.prototype.forEach.call(nodes, function (node) {
        if (on) {
          node.setAttribute("role", pair[1]);
        } else {
          node.removeAttribute("role");
        }
      });
    });
  }

  // Tables with their own small-screen layout keep it: due items stack by CSS, the monitor's
  // two columns fit, and its trend table scrolls sideways (it takes keyboard focus).
  var OWN_LAYOUT = ".due-table, .monitor-table, .trend";

  function setUpTables() {
    var tables = Array.prototype.filter.call(document.querySelectorAll("main table"), function (t) {
      return !t.matches(OWN_LAYOUT) && label(t);
    });
    function apply() {
      tables.forEach(function (table) {
        table.classList.toggle("stacked", narrow.matches);
        setRoles(table, narrow.matches);
      });
    }
    apply();
    if (narrow.addEventListener) {
      narrow.addEventListener("change", apply);
    }
  }

  function start() {
    setUpMenu();
    setUpTables();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
