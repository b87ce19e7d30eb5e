import { EmbedPage } from '../../features/embed/embed-page';
import { paths, SITE_NAME } from '../paths';

/** The resizer other sites load: a static file in public/. */
const EMBED_SCRIPT = '/embed.js';

export function Component() {
  return (
    <EmbedPage
      links={{ frame: paths.embedQuiz, script: EMBED_SCRIPT }}
      siteName={SITE_NAME}
      buildOrigin={import.meta.env.SITE_ORIGIN}
    />
  );
}
