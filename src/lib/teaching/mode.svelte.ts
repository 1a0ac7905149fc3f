/**
 * Teaching mode and large text: off by default, kept in this tab's memory for the visit (client-side
 * navigation keeps them; nothing is stored). Large text sets `data-large-text` on <html>, which scales rem.
 */
function createTeaching() {
  let on = $state(false);
  let large = $state(false);
  return {
    get on() {
      return on;
    },
    set on(value: boolean) {
      on = value;
    },
    get largeText() {
      return large;
    },
    set largeText(value: boolean) {
      large = value;
      if (typeof document !== 'undefined') {
        if (value) document.documentElement.dataset.largeText = 'true';
        else delete document.documentElement.dataset.largeText;
      }
    }
  };
}

export const teaching = createTeaching();
