import { findCompare, paramKey } from '../../lib/questionnaire.ts';

/**
 * Progressive enhancement of the questionnaire's GET form: one box ticks all parts of a
 * many-part answer, a summary says what the answers will require (its lines are rendered by the
 * server; the script only shows or hides them), and submitting goes to the comparison's
 * canonical address. Without the script the form submits the same parameters itself.
 */
class CrmFinder extends HTMLElement {
  private form!: HTMLFormElement;
  private groups: { all: HTMLInputElement; parts: HTMLInputElement[] }[] = [];

  connectedCallback(): void {
    this.form = this.querySelector('form[data-finder-form]')!;
    this.groups = [...this.querySelectorAll<HTMLElement>('[data-answer-group]')].map((group) => ({
      all: group.querySelector<HTMLInputElement>('input[data-all]')!,
      parts: [...group.querySelectorAll<HTMLInputElement>('input[data-part]')],
    }));
    for (const { all, parts } of this.groups) {
      all.addEventListener('change', () => {
        for (const part of parts) part.checked = all.checked;
      });
      all.disabled = false;
    }
    // The box's own listener runs before this one, so the summary sees its parts ticked.
    this.form.addEventListener('change', () => this.render());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(this.form.action);
      url.search = findCompare(this.fields()).query;
      location.assign(url.href);
    });
    // Back from the comparison, the browser restores the ticks after this script has run.
    window.addEventListener('pageshow', () => this.render());
    this.render();
    this.dataset.ready = '';
  }

  /** The form's fields as the browser would submit them. */
  private fields(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return params;
  }

  private render(): void {
    for (const { all, parts } of this.groups) {
      const ticked = parts.filter((part) => part.checked).length;
      all.checked = ticked === parts.length;
      all.indeterminate = ticked > 0 && ticked < parts.length;
    }
    const { requirements } = findCompare(this.fields());
    const keys = new Set(requirements.map((requirement) => paramKey(requirement.param)));
    for (const item of this.querySelectorAll<HTMLElement>('[data-requirement]')) item.hidden = !keys.has(item.dataset.requirement!);
    const count = requirements.length;
    const status = count === 0 ? this.dataset.empty! : count === 1 ? this.dataset.countOne! : this.dataset.countOther!.replace('{count}', String(count));
    const line = this.querySelector('[data-summary-status]')!;
    if (line.textContent !== status) line.textContent = status;
  }
}

customElements.define('crm-finder', CrmFinder);
