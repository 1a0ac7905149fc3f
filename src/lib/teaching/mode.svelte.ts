/**
 * Teaching mode and large text: off by default, kept in this tab's memory for the visit (client-side
 * navigation keeps them; nothing is stored). Large text sets `data-large-text` on <html>, which scales rem.
 */
/** The example patient whose case is open in the wizard (teaching/opened.svelte.ts keeps it in step). */
export type OpenedExample = { id: string; title: string; scenario: string; learningPoints: string[]; case: unknown };

function createTeaching() {
  let on = $state(false);
  let large = $state(false);
  let example = $state.raw<OpenedExample | null>(null);
  return {
    get example() {
      return example;
    },
    set example(value: OpenedExample | null) {
      example = value;
    },
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
