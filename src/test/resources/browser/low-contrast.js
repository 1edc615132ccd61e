// The visible text elements whose colour has a contrast ratio below 4.5:1 (WCAG AA) against their background.
() => {
  const rgb = (text) => text.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const color = rgb(getComputedStyle(e).backgroundColor);
      if (color.length < 4 || color[3] > 0) return color;
    }
    return [255, 255, 255];
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  return [...document.querySelectorAll('body *')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
    .filter((e) => e.offsetParent !== null && !e.closest('#chart'))
    .map((e) => ({ text: e.textContent.trim().slice(0, 40), ratio: ratio(rgb(getComputedStyle(e).color), background(e)) }))
    .filter((e) => e.ratio < 4.5)
    .map((e) => `${e.text} (${e.ratio.toFixed(2)}:1)`);
}
