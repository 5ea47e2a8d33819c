// Stands in for https://www.googletagmanager.com/gtag/js in tests. Like the real gtag.js it reads the
// commands already in window.dataLayer and those pushed later, honours Consent Mode's analytics_storage
// and window['ga-disable-<ID>'], and once configured with consent writes _ga and _ga_<ID> on the
// widest domain the browser accepts (GA's cookie_domain "auto"), host-only on an IP address.
(function () {
  var id = new URL(document.currentScript.src).searchParams.get('id');
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var configured = false;

  function writeCookie(name, value) {
    var expires = '; expires=' + new Date(Date.now() + 2 * 365 * 864e5).toUTCString() + '; path=/; SameSite=Lax';
    var host = location.hostname;
    if (/^[\d.]+$/.test(host) || host.indexOf('.') === -1) {
      document.cookie = name + '=' + value + expires;
      return;
    }
    var labels = host.split('.');
    for (var i = labels.length - 2; i >= 0; i--) {
      var domain = labels.slice(i).join('.');
      document.cookie = name + '=' + value + expires + '; domain=' + domain;
      if (document.cookie.indexOf(name + '=' + value) !== -1) return;
    }
  }

  function store() {
    if (!configured || consent.analytics_storage !== 'granted' || window['ga-disable-' + id]) return;
    var now = Math.floor(Date.now() / 1000);
    writeCookie('_ga', 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now);
    writeCookie('_ga_' + id.replace(/^G-/, ''), 'GS2.1.s' + now + '$o1$g0$t' + now + '$j0$l0$h0');
  }

  function run(command) {
    var args = Array.prototype.slice.call(command);
    if (args[0] === 'consent' && args[2]) Object.assign(consent, args[2]);
    if (args[0] === 'config' && args[1] === id) configured = true;
    store();
  }

  dataLayer.forEach(run);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) run(arguments[i]);
    return push.apply(dataLayer, arguments);
  };
  window.__gtagStub = { id: id };
})();
