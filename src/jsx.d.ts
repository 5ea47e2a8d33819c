// For typed linting only: astro-eslint-parser reads templates as TSX, where Astro's JSX.Element
// (`HTMLElement | any`) would make every `{list.map(...)}` an unsafe return. eslint-plugin-astro's documented fix.
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
