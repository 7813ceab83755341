/**
 * Raw bench files are committed (docs/benchmarks/*.json): the profiler names scripts by URL,
 * and puppeteer's own by the `file://` path of the checkout it ran from. Those paths say where
 * this machine keeps the repository, which has no place in it: they become `<repo>`.
 */
const FOLDERS = '(node_modules|tests|extension|shared|scripts|station|grid-editor)';
const PLAIN = new RegExp(`file:///[^"\\s]*?/${FOLDERS}/`, 'g');
const ENCODED = new RegExp(`file%3A%2F%2F%2F[^"\\s]*?%2F${FOLDERS}%2F`, 'g');

export const withoutMachinePaths = (json: string, root?: string): string => {
  let text = json.replace(PLAIN, 'file:///<repo>/$1/').replace(ENCODED, 'file%3A%2F%2F%2F<repo>%2F$1%2F');
  if (root) text = text.split(root).join('<repo>').split(encodeURIComponent(root)).join('<repo>');
  return text;
};
