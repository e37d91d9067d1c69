// The host page's own script (a file, not inline, so the page keeps a strict Content-Security-Policy).
// It gives the second timeline its data as a JS object (TimelineJS3's format here), and logs the timelines' events.
const second = document.querySelector('#by-data');
second.data = {
  title: { text: { headline: 'A few dates' } },
  events: [
    { start_date: { year: 2024, month: 4, day: 3 }, text: { headline: 'Phone call', text: '<blockquote>In a rare phone call Wednesday, the ministers spoke for an hour.</blockquote>' }, unique_id: 'call' },
    { start_date: { year: 2022, month: 10 }, text: { headline: 'Last contact', text: '<blockquote>The previous contact was in October 2022.</blockquote>' }, unique_id: 'last' },
    { start_date: { year: 2024, month: 3, day: 22 }, text: { headline: 'Concert hall attack', text: '<blockquote>The attack on March 22 killed 145 people.</blockquote>' }, unique_id: 'attack' },
  ],
};

const log = document.querySelector('#log');
for (const element of document.querySelectorAll('event-timeline')) {
  element.addEventListener('eventselect', (e) => {
    log.textContent = `${element.id}: selected ${e.detail ? `${e.detail.title} (${e.detail.value})` : 'nothing'}`;
  });
  element.addEventListener('loaderror', (e) => {
    log.textContent = `${element.id}: ${e.detail.message}`;
  });
}
// The methods answer false until the timeline has loaded: the button waits for `ready`.
const focusButton = document.querySelector('#focus-call');
focusButton.disabled = true;
second.addEventListener('ready', () => (focusButton.disabled = false));
focusButton.addEventListener('click', () => second.focusEvent('call'));

// The iframe: commands go to the frame's origin only; notices are read only from it.
const frame = document.querySelector('#frame');
const frameOrigin = new URL(frame.src).origin;
window.addEventListener('message', (e) => {
  if (e.origin !== frameOrigin || e.data?.type !== 'passage-timeline') return;
  if (e.data.event === 'eventselect') log.textContent = `iframe: selected ${e.data.detail ? e.data.detail.title : 'nothing'}`;
});
document.querySelector('#frame-range').addEventListener('click', () => {
  frame.contentWindow.postMessage({ type: 'passage-timeline', command: 'setRange', start: '2024-01-01', end: '2024-05-01' }, frameOrigin);
});
