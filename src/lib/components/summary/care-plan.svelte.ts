/**
 * The care plan's view (the timeline, its print table, the dose date and the .ics download) loads only when
 * the reader may need it, as the QR code does (qr.svelte.ts): once the reader presses a key, clicks, touches or
 * turns the wheel on the summary, or from the print button, which waits for it. The way to the summary stays
 * within its byte budget. A printout made from the browser's menu before it has arrived says where the plan is.
 */
import type { Component } from 'svelte';
import type { Assessment } from '$lib/engine/browser';

let view = $state<Component<{ assessment: Assessment }> | undefined>();
let loading: Promise<void> | undefined;

export const carePlanView = {
  get component() {
    return view;
  },
  load(): Promise<void> {
    loading ??= import('./CarePlan.svelte').then(
      (m) => void (view = m.default),
      () => void (loading = undefined)
    );
    return loading;
  }
};
