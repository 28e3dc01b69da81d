// Cadence's small behaviours. No inline scripts: the Content-Security-Policy allows only files like this one.
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  // Every htmx request carries the CSRF token, as a header.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('_csrf_header');
    var token = meta('_csrf');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // A failed htmx request shows a readable message where the swap would have happened, never a blank.
  function showError(target, text) {
    if (!target) {
      target = document.getElementById('main');
    }
    var box = target.previousElementSibling;
    if (!box || !box.classList || !box.classList.contains('htmx-error')) {
      box = document.createElement('div');
      box.className = 'flash flash--error htmx-error';
      box.setAttribute('role', 'alert');
      target.parentNode.insertBefore(box, target);
    }
    box.textContent = text;
  }

  function messageFrom(xhr) {
    if (xhr && xhr.responseText) {
      var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var message = doc.querySelector('.error-message');
      if (message && message.textContent.trim()) {
        return message.textContent.trim();
      }
      try {
        var problem = JSON.parse(xhr.responseText);
        if (problem && problem.detail) {
          return problem.detail;
        }
      } catch (ignored) { /* not JSON */ }
    }
    if (xhr && xhr.status === 403) {
      return 'You may not do that: your role does not allow it.';
    }
    return 'That did not work (error ' + (xhr ? xhr.status : '?') + '). Nothing was changed; try again.';
  }

  document.addEventListener('htmx:responseError', function (event) {
    showError(event.detail.target, messageFrom(event.detail.xhr));
  });

  document.addEventListener('htmx:sendError', function (event) {
    showError(event.detail.target, 'Cadence could not be reached. Check your connection; nothing was changed.');
  });

  // A successful request clears the message a failed one left before the same target.
  document.addEventListener('htmx:afterRequest', function (event) {
    var target = event.detail.target;
    if (event.detail.successful && target && target.previousElementSibling
        && target.previousElementSibling.classList.contains('htmx-error')) {
      target.previousElementSibling.remove();
    }
  });

  // A refusal no form shows (422/409, swapped nowhere): its message beside what was clicked (after the clean-up above).
  document.addEventListener('htmx:afterRequest', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && (xhr.status === 422 || xhr.status === 409)
        && (xhr.getResponseHeader('HX-Trigger') || '').indexOf('cadence:refused') >= 0) {
      showError(event.detail.elt, messageFrom(xhr));
    }
  });

  // A select marked data-autosubmit applies its form as soon as it changes (the button stays for keyboards).
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-autosubmit]') && event.target.form) {
      event.target.form.requestSubmit();
    }
  });

  // A what-if field marked data-plan shows when its value differs from the plan's.
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[data-plan]')) {
      event.target.classList.toggle('is-moved', event.target.value.trim() !== event.target.dataset.plan);
    }
  });

  // A link marked data-what-if-field puts its value into that what-if field, which then recomputes the page in
  // place (the field's own input event); without script the link opens the what-if by its address.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-what-if-field]');
    var field = link && document.getElementById(link.dataset.whatIfField);
    if (!field) {
      return;
    }
    event.preventDefault();
    field.value = link.dataset.whatIfValue;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.focus();
  });

  // Escape closes an open in-place editor by clicking its Cancel button.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && event.target.closest) {
      var editor = event.target.closest('.cell-editor');
      var cancel = editor && editor.querySelector('button[type=button]');
      if (cancel) {
        cancel.click();
      }
    }
  });

  // Close the person menu when clicking elsewhere or pressing Escape.
  document.addEventListener('click', function (event) {
    document.querySelectorAll('details.person-menu[open]').forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute('open');
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      document.querySelectorAll('details.person-menu[open]').forEach(function (menu) {
        menu.removeAttribute('open');
        menu.querySelector('summary').focus();
      });
    }
  });
  // ---- The agenda editor of a series ----

  // Lists whose rows are dragged by their handle (SortableJS, served by us): each list matching `selector` in `root` is
  // made sortable once, and `moved(list, event)` is told when a drag changed the order.
  function sortableLists(root, selector, moved) {
    if (!window.Sortable || !root.querySelectorAll) {
      return;
    }
    var lists = root.matches && root.matches(selector) ? [root] : root.querySelectorAll(selector);
    Array.prototype.forEach.call(lists, function (list) {
      if (list.dataset.sortableReady) {
        return;
      }
      list.dataset.sortableReady = 'true';
      window.Sortable.create(list, {
        handle: '.drag-handle',
        animation: 150,
        onEnd: function (event) {
          if (event.oldIndex !== event.newIndex) {
            moved(list, event);
          }
        }
      });
    });
  }

  // A section dragged by its handle: the editor is asked again with the new order (htmx), as the Move buttons do.
  function makeSortable(root) {
    sortableLists(root, '[data-sortable]', function (list) {
      var editor = list.closest('[data-agenda-editor]');
      var order = Array.prototype.map.call(list.children, function (row) { return row.dataset.index; }).join(',');
      editor.querySelector('input[data-agenda-order]').value = order;
      window.htmx.trigger(editor, 'cadence:reorder');
    });
  }
  if (window.htmx) {
    window.htmx.onLoad(makeSortable);
  }

  // After a step of the agenda editor, the focus goes where the step left off (the moved section's button, the new title).
  // On settle, not on swap: htmx processes swapped content when it settles, and a button focused and pressed before
  // that would submit the whole form natively (a reload).
  document.addEventListener('htmx:afterSettle', function () {
    var next = document.querySelector('[data-agenda-editor] [data-focus]');
    if (next) {
      next.removeAttribute('data-focus');
      next.focus();
    }
  });

  // A field marked data-show-if="name=VALUE" shows only while the form's field of that name has that value.
  function showDependents(form) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-if]'), function (dependent) {
      var rule = dependent.getAttribute('data-show-if').split('=');
      var field = form.elements[rule[0]];
      if (field) {
        dependent.hidden = field.value !== rule[1];
      }
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.form && event.target.form.querySelector('[data-show-if]')) {
      showDependents(event.target.form);
    }
  });

  // ---- Meetings: both participants in one page ----

  // A region holding unsaved typing (or the focus in a text field) is not replaced by someone else's
  // change; the poller is then skipped too, so the page asks again and catches up once the typing is saved.
  function hasUnsavedTyping(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && active.matches('textarea, input[type=text], input:not([type]), input[type=search]')) {
      return true;
    }
    return Array.prototype.some.call(region.querySelectorAll('textarea, input[type=text], input:not([type])'), function (field) {
      return field.value !== field.defaultValue;
    });
  }

  // Closing navigates to the recap: the poller stops asking, so that its answer to the close (a full refresh of this page,
  // once the close is committed) cannot overtake the recap while it is on its way.
  document.addEventListener('submit', function (event) {
    var action = event.target.getAttribute('action') || '';
    if (/\/meetings\/\d+\/close$/.test(action)) {
      var poller = document.getElementById('meeting-poller');
      if (poller) {
        poller.remove();
      }
    }
  });

  var swapSource = null;
  var keptRegion = false;
  document.addEventListener('htmx:beforeSwap', function (event) {
    swapSource = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    keptRegion = false;
  });
  document.addEventListener('htmx:oobBeforeSwap', function (event) {
    var region = event.detail.target;
    if (region.id === 'meeting-poller') {
      if (keptRegion) {
        event.preventDefault();
      }
      return;
    }
    if (swapSource && region.contains(swapSource)) {
      return; // the region the person just saved from takes the server's answer
    }
    if (hasUnsavedTyping(region)) {
      keptRegion = true;
      event.preventDefault();
    }
  });

  // A form marked data-reset-on-success empties itself once the server took it (2xx, not re-targeted).
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    var xhr = event.detail.xhr;
    if (form && form.matches && form.matches('form[data-reset-on-success]') && xhr && xhr.status >= 200 && xhr.status < 300
        && !xhr.getResponseHeader('HX-Retarget')) {
      form.reset();
      var first = form.querySelector('textarea, input[type=text], input:not([type])');
      if (first && form.contains(document.activeElement)) {
        first.focus();
      }
    }
  });

  // A form that was just saved comes back out of band, empty, with its confirmation: the focus goes back into it (its
  // first field) when it was there, so the next point, action item or decision can be typed at once.
  var savedForm = null;
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches('form[data-reset-on-success]') && form.id) {
      savedForm = form.contains(document.activeElement) ? form : null;
    }
  });
  // (htmx fires oobAfterSwap on the element swapped in, and again on every element swapped before it in the same answer,
  // the form that asked included: the form that counts is a new one with the same id.)
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var form = event.target;
    if (savedForm && form && form !== savedForm && form.id === savedForm.id && form.isConnected) {
      savedForm = null;
      var first = form.querySelector('textarea, input[type=text], input:not([type])');
      if (first) {
        first.focus();
      }
    }
  });

  // A fold (details[data-keep-open]) stays as its reader left it when the region around it is replaced.
  var folds = {};
  document.addEventListener('toggle', function (event) {
    var fold = event.target;
    if (fold.matches && fold.matches('details[data-keep-open]') && fold.id) {
      folds[fold.id] = fold.open;
    }
  }, true);
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var region = event.target;
    if (!region || !region.querySelectorAll) {
      return;
    }
    Array.prototype.forEach.call(region.querySelectorAll('details[data-keep-open]'), function (fold) {
      if (Object.prototype.hasOwnProperty.call(folds, fold.id)) {
        fold.open = folds[fold.id];
      }
    });
  });

  // ---- The priorities' order: ↑ ↓ buttons, Alt+↑ / Alt+↓ on a focused priority, or drag by the handle ----

  // After a move, the focus stays on the moved priority's button (or its other one, at the end of the list).
  var movedFocus = null;
  document.addEventListener('htmx:beforeRequest', function (event) {
    var button = event.detail.elt;
    if (button && button.matches && button.matches('button[data-move]')) {
      movedFocus = { item: button.closest('li').dataset.item, move: button.dataset.move };
    }
  });
  function shown(button) {
    return button && button.offsetParent !== null && window.getComputedStyle(button).visibility !== 'hidden';
  }
  // The priorities' region comes back out of band (the button pressed is gone with the old one).
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var region = event.target;
    var li = movedFocus && region && region.querySelector ? region.querySelector('li[data-item="' + movedFocus.item + '"]') : null;
    if (!li) {
      return;
    }
    var same = li.querySelector('button[data-move="' + movedFocus.move + '"]');
    var other = li.querySelector('button[data-move]:not([data-move="' + movedFocus.move + '"])');
    movedFocus = null;
    var target = shown(same) ? same : other;
    if (target) {
      target.focus();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || !event.target.closest) {
      return;
    }
    var li = event.target.closest('[data-priority-list] > li');
    var button = li && li.querySelector('button[data-move="' + (event.key === 'ArrowUp' ? 'up' : 'down') + '"]');
    if (button) {
      event.preventDefault();
      if (shown(button)) {
        button.click();
      }
    }
  });
  function makePrioritiesSortable(root) {
    sortableLists(root, '[data-priority-list]', function (list, event) {
      // What the drag left on the rows (an emptied style attribute) would be copied onto the rows that come back (htmx
      // settles attributes by id), which the Content-Security-Policy refuses.
      Array.prototype.forEach.call(list.querySelectorAll('[style]'), function (row) { row.removeAttribute('style'); });
      var seen = list.parentNode.querySelector('input[name=seen]');
      var order = Array.prototype.map.call(list.children, function (li) { return li.dataset.item; }).join(',');
      window.htmx.ajax('POST', list.dataset.reorderUrl, {
        source: list, swap: 'none',
        values: { order: order, seen: seen ? seen.value : '', moved: event.item.dataset.item }
      });
    });
  }
  if (window.htmx) {
    window.htmx.onLoad(makePrioritiesSortable);
  }
  // Sortable arrives deferred, after the page's first htmx load.
  window.addEventListener('load', function () { makePrioritiesSortable(document); });

  // The close card's summary (and a refused close) is scrolled into the middle of the window: never under the sticky bar.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = event.target;
    if (target && target.id === 'close-summary' && target.isConnected) {
      var refusal = target.querySelector('[role=alert], .field--error');
      (refusal || target).scrollIntoView({ block: 'center' });
      var invalid = target.querySelector('[aria-invalid=true]');
      if (invalid) {
        invalid.focus({ preventScroll: true });
      }
    }
  });

  // Moving the meeting on brings the current section into view for the person who moved it. (The button
  // itself is replaced by the answer, so the flag is set before the request and used as the section arrives.)
  var scrollToCurrent = false;
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt.hasAttribute && event.detail.elt.hasAttribute('data-scroll-to-current')) {
      scrollToCurrent = true;
    }
  });
  document.addEventListener('htmx:oobAfterSwap', function (event) {
    var head = event.target;
    if (scrollToCurrent && head.classList && head.classList.contains('agenda-section__head') && head.classList.contains('is-current')) {
      scrollToCurrent = false;
      head.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  });

  // Enter adds a talking point (Shift+Enter for a new line), as in the chat and agenda tools people know.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && event.target.matches && event.target.matches('form.add-item textarea')) {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
  });

  // The current section's time box counts down; an overrun counts up, in red. The server's clock is the reference.
  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function clock(ms) {
    var s = Math.floor(ms / 1000);
    return Math.floor(s / 60) + ':' + two(s % 60);
  }
  setInterval(function () {
    document.querySelectorAll('.countdown[data-ends]').forEach(function (timer) {
      if (!timer.dataset.offset) {
        timer.dataset.offset = String(Number(timer.dataset.now) - Date.now());
      }
      var left = Number(timer.dataset.ends) - (Date.now() + Number(timer.dataset.offset));
      timer.classList.toggle('is-overrun', left < 0);
      timer.textContent = left >= 0 ? clock(left) + ' left' : 'over by ' + clock(-left);
    });
  }, 1000);

  // ---- Regions that scroll sideways (a wide table on a phone) take the keyboard's focus, so that arrow keys scroll them ----
  function focusScrollers(root) {
    var scope = root && root.querySelectorAll ? root : document;
    Array.prototype.forEach.call(scope.querySelectorAll('.card, .panel, .table-scroll, .scorecard-scroll, [data-scrolls]'), function (region) {
      var scrolls = region.scrollWidth > region.clientWidth + 1;
      if (scrolls && !region.hasAttribute('tabindex')) {
        region.setAttribute('tabindex', '0');
        region.dataset.scrollFocus = 'true';
      } else if (!scrolls && region.dataset.scrollFocus) {
        region.removeAttribute('tabindex');
        delete region.dataset.scrollFocus;
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { focusScrollers(document); });
  // On a phone the scorecard opens on its latest period, at the right end of its grid (the metric names stay, CSS).
  document.addEventListener('DOMContentLoaded', function () {
    if (window.matchMedia('(max-width: 820px)').matches) {
      document.querySelectorAll('.scorecard-scroll').forEach(function (grid) { grid.scrollLeft = grid.scrollWidth; });
    }
  });
  window.addEventListener('resize', function () { focusScrollers(document); });
  document.addEventListener('htmx:afterSettle', function () { focusScrollers(document); });

  // ---- The main navigation folds behind its Menu button on a phone (the CSS decides when) ----
  document.documentElement.classList.add('js');
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.nav-toggle');
    if (!toggle) {
      return;
    }
    var nav = toggle.closest('.main-nav');
    var open = !nav.classList.contains('is-open');
    nav.classList.toggle('is-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', function (event) {
    var nav = document.querySelector('.main-nav.is-open');
    if (event.key === 'Escape' && nav) {
      nav.classList.remove('is-open');
      var toggle = nav.querySelector('.nav-toggle');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    }
  });
  // The decision-rights map: an editable cell is a button showing its role (a map can have thousands of cells);
  // choosing it puts the role's select in its place, which posts itself when changed (htmx, decisions/row.html).
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.raci-cell') : null;
    var row = button ? button.closest('tr[data-cells]') : null;
    var cell = button ? button.closest('td[data-person]') : null;
    var template = document.getElementById('raci-choices');
    if (!row || !cell || !template || !window.htmx) {
      return;
    }
    var person = cell.getAttribute('data-person');
    var role = cell.getAttribute('data-role') || '';
    var select = template.content.firstElementChild.cloneNode(true);
    select.id = button.id;
    select.setAttribute('aria-labelledby', row.querySelector('th a[id]').id + ' p' + person);
    select.setAttribute('hx-post', row.getAttribute('data-cells') + person);
    select.value = role;
    if (role) {
      select.classList.add('raci--' + role.toLowerCase());
    }
    button.replaceWith(select);
    window.htmx.process(select);
    select.focus();
    try {
      select.showPicker();
    } catch (ignored) { /* not every browser opens a select's list from script */ }
  });

  // After a cell's change the row is swapped: the keyboard stays on the same cell.
  document.addEventListener('htmx:afterSettle', function (event) {
    var elt = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    if (elt && elt.id && elt.id.indexOf('cell-') === 0 && !document.body.contains(elt)) {
      var again = document.getElementById(elt.id);
      if (again) {
        again.focus();
      }
    }
  });
})();
