// A reading path's checkboxes: one per step, ticked by the reader and kept in this browser's localStorage
// (no server). They are made here, so without JavaScript the page shows the steps and no checkboxes.
(function () {
  'use strict';
  var list = document.querySelector('[data-path-progress]');
  if (!list) return;
  var storage;
  try {
    storage = window.localStorage;
    storage.getItem('');
  } catch (e) {
    return; // storage blocked: ticks could not be kept, so offer none
  }
  var prefix = 'sitegen:path:' + list.getAttribute('data-path-progress') + ':';
  var status = document.querySelector('.path-progress');
  var steps = list.querySelectorAll('[data-step]');
  var boxes = [];

  function update() {
    var done = boxes.filter(function (b) { return b.checked; }).length;
    status.textContent = done + ' of ' + boxes.length + ' read (kept in this browser)';
    status.hidden = false;
  }

  Array.prototype.forEach.call(steps, function (step) {
    var key = prefix + step.getAttribute('data-step');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'read-' + step.id;
    box.className = 'step-read';
    box.checked = storage.getItem(key) === 'read';
    var label = document.createElement('label');
    label.htmlFor = box.id;
    label.className = 'step-read-label';
    label.appendChild(box);
    label.appendChild(document.createTextNode(' Read'));
    box.addEventListener('change', function () {
      if (box.checked) storage.setItem(key, 'read'); else storage.removeItem(key);
      step.classList.toggle('is-read', box.checked);
      update();
    });
    step.classList.toggle('is-read', box.checked);
    step.querySelector('.step-number').appendChild(label);
    boxes.push(box);
  });
  update();
})();
