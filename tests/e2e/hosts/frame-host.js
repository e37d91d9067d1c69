// The host page of the iframe tests: loads the app twice in embed mode and records every notice it receives.
const app = new URL(new URLSearchParams(location.search).get('app'));
const frameUrl = (origins) => {
  const url = new URL(app);
  url.search = new URLSearchParams({ embed: '1', src: 'example-timeline.json', origins }).toString();
  return url.href;
};
document.getElementById('allowed').src = frameUrl(location.origin);
document.getElementById('other').src = frameUrl('https://elsewhere.example');
window.notices = [];
window.addEventListener('message', (e) => {
  if (e.origin === app.origin && e.data && e.data.type === 'passage-timeline') window.notices.push(e.data);
});
window.send = (id, message) => document.getElementById(id).contentWindow.postMessage(message, app.origin);
