// Offline and updates, on the page's side: registers our service worker (web/sw.js) once the
// app is on screen (its precaching must not compete with the start), and says when a new
// version took over: it opens on the next load, nothing running now changes.
// window.cafOffline tells tests and power users where it stands (a property, not a DOM
// attribute: the page's DOM changes only when the app's does).
export function startOffline() {
  const status = window.cafOffline = { state: 'unavailable', updateReady: false };
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  // The first install also takes control of the page: that is no update; any later change is.
  let controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (!wasControlled) return;
    const notice = document.getElementById('update-notice');
    if (notice) {
      notice.hidden = false;
      notice.title = 'Click to hide';
      notice.addEventListener('click', () => { notice.hidden = true; }, { once: true });
    }
    status.updateReady = true;
  });
  navigator.serviceWorker.register('sw.js', { scope: './' }).then((registration) => {
    status.state = 'registering';
    const ready = () => { status.state = 'ready'; };
    if (registration.active && !registration.installing && !registration.waiting) ready();
    else navigator.serviceWorker.ready.then(ready);
  }, (e) => {
    status.state = 'failed';
    console.warn('offline use is not available: ' + (e && e.message || e));
  });
}
