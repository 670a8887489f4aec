/**
 * The headless Chromium that npm run bench:app and the end-to-end tests drive (Node only): where it is, and its
 * command-line switches.
 *
 * Chromium's new headless mode is the full browser without a window: every new browser context (each cold load the
 * benchmark measures, each e2e session) also starts a renderer for the browser's own omnibox popup (a WebUI page,
 * chrome://omnibox-popup.top-chrome). It costs about a second of CPU, on a two-core machine at the very moment the
 * measured page starts, and no user's page load pays it. The three features below stop it.
 *
 * Chromium keeps only the last `--disable-features` switch, and Playwright passes one of its own, so this one
 * repeats Playwright's list (playwright-core, chromiumSwitches) before adding ours.
 */
/** Debian's Chromium, or the one NEWSMAP_CHROMIUM points at. */
export const CHROMIUM = process.env['NEWSMAP_CHROMIUM'] ?? '/usr/bin/chromium';

const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  // WebGL in software (SwiftShader): the same on every machine, GPU or not.
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
];
