// Light and dark themes: both keep text readable (WCAG AA contrast) and the
// page and widget are captured in each as test artifacts (tests/artifacts/).

import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { after, before, test } from "node:test";
import { artifactPath, newPage, setUp, underlineCentre, waitForReport } from "./support.mjs";

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** Contrast ratios of the important text/background pairs, computed in the page. */
function measureContrast(page) {
  return page.evaluate(() => {
    const scratch = document.createElement("canvas").getContext("2d");
    const rgb = (css) => {
      scratch.fillStyle = "#000";
      scratch.fillStyle = css;
      scratch.fillRect(0, 0, 1, 1);
      return [...scratch.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (css) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const root = document.querySelector("handshake-composer").shadowRoot;
    const style = (node) => getComputedStyle(node);
    const editorBg = style(root.querySelector(".editor")).backgroundColor;
    const reviewBg = style(root.querySelector(".review")).backgroundColor;
    return {
      pageBackground: luminance(style(document.body).backgroundColor),
      text: ratio(style(root.querySelector("textarea")).color, editorBg),
      status: ratio(style(root.querySelector(".status")).color, style(document.body).backgroundColor),
      entry: ratio(style(root.querySelector(".entry-jump") ?? root.querySelector(".issues-empty")).color, reviewBg),
      muted: ratio(style(root.querySelector(".bar-name") ?? root.querySelector(".issues-empty")).color, reviewBg),
      label: ratio(style(document.querySelector(".field")).color, style(document.querySelector(".settings")).backgroundColor),
    };
  });
}

for (const scheme of ["light", "dark"]) {
  test(`${scheme} theme: readable contrast, and screenshots of the page and the widget`, async () => {
    const { context, page } = await newPage(env.browser, { colorScheme: scheme, viewport: { width: 1200, height: 860 } });
    await page.goto(env.url("web/"));
    await page.click("#example-generic");
    await page.locator("handshake-composer textarea").press("End");
    await page.keyboard.type(" I enjoyed your presentaton.");
    await waitForReport(page);
    const contrast = await measureContrast(page);
    if (scheme === "dark") assert.ok(contrast.pageBackground < 0.05, "the dark theme is dark");
    else assert.ok(contrast.pageBackground > 0.8, "the light theme is light");
    for (const [pair, value] of Object.entries(contrast)) {
      if (pair !== "pageBackground") assert.ok(value >= 4.5, `${pair} contrast ${value.toFixed(2)} >= 4.5`);
    }

    const centre = await underlineCentre(page, "spelling");
    await page.mouse.move(centre.x, centre.y);
    await page.locator("handshake-composer .card").waitFor({ state: "visible" });
    const pageShot = artifactPath(`page-${scheme}.png`);
    await page.screenshot({ path: pageShot, fullPage: true });

    await page.goto(env.url("web/demo.html"));
    await waitForReport(page, "#linkedin-note");
    await waitForReport(page, "#x-note");
    const widgetShot = artifactPath(`widget-${scheme}.png`);
    await page.locator("#demo-form").screenshot({ path: widgetShot });

    // The page's own theme switch overrides the system setting.
    await page.goto(env.url("web/"));
    await page.selectOption("#theme", scheme === "dark" ? "light" : "dark");
    const flipped = await measureContrast(page);
    if (scheme === "dark") assert.ok(flipped.pageBackground > 0.8, "the switch picks light");
    else assert.ok(flipped.pageBackground < 0.05, "the switch picks dark");
    await page.selectOption("#theme", "system");

    for (const shot of [pageShot, widgetShot]) assert.ok(statSync(shot).size > 10000, `${shot} was written`);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
