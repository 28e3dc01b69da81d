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

  // A select marked data-autosubmit applies its form as soon as it changes (the button stays for keyboards).
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-autosubmit]') && event.target.form) {
      event.target.form.requestSubmit();
    }
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
})();
