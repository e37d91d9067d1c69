// The benchmark's page for our chart alone: the app's loader and TimelineChart, without the list and source panes.
import { mount } from 'svelte';
import ChartOnly from './ChartOnly.svelte';
import { loadTimeline } from '../../src/lib/state/loadTimeline.ts';
import '../../src/app.css';

const target = document.getElementById('app');
const src = new URLSearchParams(location.search).get('src');
if (!target || !src) throw new Error('chart.html needs an #app element and ?src=URL');
const data = await loadTimeline(new URL(src, location.href).href);
performance.mark('timeline:data-loaded');
mount(ChartOnly, { target, props: { data } });
