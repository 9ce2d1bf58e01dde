// Read by vite-plugin-svelte, svelte-check, eslint-plugin-svelte and prettier-plugin-svelte alike.
export default {
  compilerOptions: { runes: true },
};
