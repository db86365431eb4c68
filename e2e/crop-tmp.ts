// Temporary helper (not a test): cuts a tall screenshot into viewable pieces.
import { readFileSync } from "node:fs";
import { launchChromium } from "./support/chromium.ts";

const [file, out, pieceHeight = "900"] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage();
const data = readFileSync(file!).toString("base64");
await page.setContent(`<body style="margin:0"><img id="i" src="data:image/png;base64,${data}"></body>`);
const { w, h } = await page.evaluate(() => {
  const img = document.getElementById("i") as HTMLImageElement;
  return { w: img.naturalWidth, h: img.naturalHeight };
});
await page.setViewportSize({ width: w, height: Math.min(h, 16000) });
const step = Number(pieceHeight);
for (let y = 0, n = 1; y < h; y += step, n++) {
  await page.screenshot({ path: `${out}-${n}.png`, clip: { x: 0, y, width: w, height: Math.min(step, h - y) } });
  console.log(`${out}-${n}.png`);
}
await browser.close();
