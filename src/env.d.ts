interface ImportMetaEnv {
  /** The origin the build is for (SITE_ORIGIN, checked by scripts/site-origin.mjs); set in vite.config.ts. */
  readonly SITE_ORIGIN: string;
}
