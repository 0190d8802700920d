// Offline and updates, on the page's side: registers our service worker (web/sw.js) once the
// app is on screen (its precaching must not compete with the start), and says when a new
// version took over: it opens on the next load, nothing running now changes.
// window.cafOffline tells tests and power users where it stands (a property, not a DOM
// attribute: the page's DOM changes only when the app's does). Its state:
//   'unavailable'  no service worker here (an old browser, or not a secure context);
//   'registering'  the worker is installing (precaching) or activating;
//   'active'       the worker is active but this page is not under it (a hard reload
//                  bypasses it): the next load works offline, this one would not reload;
//   'ready'        the worker is active and controls this page: it works offline now;
//   'failed'       registration failed (the console says why).
// The worker becomes active before its activate handler has claimed the open pages, so
// "active" alone is not "ready": that gap once made a test (and would make a user who went
// offline at that moment) find the page uncontrolled.
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
    const settled = () => {
      if (navigator.serviceWorker.controller) { status.state = 'ready'; return; }
      // clients.claim() comes at the end of the worker's activation; until then, or if this
      // load bypassed the worker for good, the page is not under it.
      status.state = 'active';
      navigator.serviceWorker.addEventListener('controllerchange', () => { status.state = 'ready'; }, { once: true });
    };
    navigator.serviceWorker.ready.then(settled);
  }, (e) => {
    status.state = 'failed';
    console.warn('offline use is not available: ' + (e && e.message || e));
  });
}
