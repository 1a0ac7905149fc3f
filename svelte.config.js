import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// VS_WORKDIR (a folder inside the project, e.g. .work/a) lets parallel builds and their test runs use their own folders.
const workdir = process.env.VS_WORKDIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({
      pages: workdir ? `${workdir}/build` : 'build',
      assets: workdir ? `${workdir}/build` : 'build',
      strict: true
    }),
    ...(workdir ? { outDir: `${workdir}/.svelte-kit` } : {}),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // The layout registers the service worker once the page has loaded and is idle: its offline copy of the
    // whole app (about 200 KB) then never competes with what the page itself needs to show.
    serviceWorker: { register: false },
    // Absolute asset paths: 404.html is served for any unknown address (/case/reveiw, /a/b/c), where relative
    // ones would point into folders that do not exist.
    paths: { relative: false },
    // Hash-mode CSP: SvelteKit hashes its own inline boot script; nothing else may run.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['none'],
        'form-action': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self']
      }
    }
  }
};

export default config;
