/**
 * The bundle builders other packages' tests use, such as the platform tests, which
 * upload the same broken bundles that validation's own tests check problem by problem.
 */
export { type BrokenBundle, BrokenBundles, type BundleWriter } from "./broken-bundles.js"
export { csv, Headers, TinyRows, tinyBundle } from "./tiny-bundle.js"
export { type BundleFiles, writeZip } from "./zip-bundle.js"
