// Offline and updates, on the page's side: registers our service worker (web/sw.js) once the
// app is on screen (its precaching must not compete with the start), and says when a new
// version took over: it opens on the next load, nothing running now changes.
export function startOffline() {
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
    document.documentElement.dataset.updateReady = '1';
  });
  navigator.serviceWorker.register('sw.js', { scope: './' }).then((registration) => {
    document.documentElement.dataset.offline = 'registering';
    const ready = () => { document.documentElement.dataset.offline = 'ready'; };
    if (registration.active && !registration.installing && !registration.waiting) ready();
    else navigator.serviceWorker.ready.then(ready);
  }, (e) => {
    document.documentElement.dataset.offline = 'failed';
    console.warn('offline use is not available: ' + (e && e.message || e));
  });
}
