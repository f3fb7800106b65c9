// react-jsonschema-form 6.11 asks for the locale's decimal separator each time it renders a number field, building a new
// Intl.NumberFormat every time (about a millisecond each): with some two hundred counts on the page that is most of the
// time a change or a first render takes. A formatter depends only on its locales and options, so the page hands out one
// formatter per locale list when no options are given; every other call is the browser's own.
const Native = Intl.NumberFormat;
const byLocales = new Map();

function NumberFormat(locales, options) {
  if (options !== undefined) return new Native(locales, options);
  const key = JSON.stringify(locales ?? null);
  let formatter = byLocales.get(key);
  if (!formatter) byLocales.set(key, (formatter = new Native(locales)));
  return formatter;
}

NumberFormat.prototype = Native.prototype;
Object.setPrototypeOf(NumberFormat, Native);
Intl.NumberFormat = NumberFormat;
