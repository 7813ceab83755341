import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { QuickItem } from '../../models/quick-open.ts';
import { GeElement } from '../ge-element.ts';
import styles from './ge-quick-input.styles.ts';

/**
 * The quick input, as VS Code's: a text field over a list (the command palette, quick open,
 * pickers). ARIA combobox with a listbox: arrows move the active option, Enter accepts it,
 * Escape (or leaving it) cancels. The workbench gives the items for what is typed.
 *
 * @fires ge-quick-input
 * @fires ge-quick-accept
 * @fires ge-quick-cancel
 */
@customElement('ge-quick-input')
export class GeQuickInput extends GeElement {
  static override styles = styles;

  @property({ type: Boolean, reflect: true }) open = false;
  @property() placeholder = '';
  @property() value = '';
  @property({ attribute: false }) items: readonly QuickItem[] = [];
  /** Changes each time the input is opened anew (resets the active option). */
  @property({ type: Number }) session = 0;

  @state() private active = 0;

  @query('input') private input!: HTMLInputElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items') || changed.has('session')) {
      const first = this.items.findIndex((item) => !item.disabled);
      this.active = Math.max(first, 0);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('open') || changed.has('session')) && this.open) this.input?.focus();
    if ((changed as Map<string, unknown>).has('active') || changed.has('items'))
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  override render(): TemplateResult {
    if (!this.open) return html``;
    const activeItem = this.items[this.active];
    return html`<div class="widget" role="dialog" aria-label=${this.t('quick.label')} data-testid="quick-input">
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="options"
        aria-autocomplete="list"
        aria-activedescendant=${activeItem ? `option-${this.active}` : nothing}
        aria-label=${this.placeholder}
        placeholder=${this.placeholder}
        data-testid="quick-input-field"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.value)}
        @input=${(event: Event) => this.emit('ge-quick-input', { value: (event.target as HTMLInputElement).value })}
        @keydown=${this.#onKeyDown}
        @blur=${this.#onBlur}
      />
      <ul id="options" role="listbox" aria-label=${this.placeholder}>
        ${this.items.map(
          (item, i) => html`<li
            id=${`option-${i}`}
            role="option"
            data-testid="quick-input-item"
            data-id=${item.id}
            aria-selected=${i === this.active ? 'true' : 'false'}
            aria-disabled=${item.disabled ? 'true' : nothing}
            class=${i === this.active ? 'active' : ''}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#accept(i)}
          >
            ${item.icon ? html`<span class="codicon codicon-${item.icon}" aria-hidden="true"></span>` : nothing}
            <span class="label">${item.label}</span>
            ${item.description ? html`<span class="description">${item.description}</span>` : nothing}
            ${item.disabled ? html`<span class="description">(${this.t('quick.unavailable')})</span>` : nothing}
            ${item.keys ? html`<kbd>${item.keys}</kbd>` : nothing}
          </li>`,
        )}
      </ul>
      ${this.items.length === 0 ? html`<p class="none">${this.t('quick.none')}</p>` : nothing}
      <span class="visually-hidden" role="status">${this.t('quick.results', { count: this.items.length })}</span>
    </div>`;
  }

  #accept(index: number): void {
    const item = this.items[index];
    if (!item || item.disabled) return;
    this.emit('ge-quick-accept', { id: item.id });
  }

  #move(step: number): void {
    const count = this.items.length;
    if (count === 0) return;
    let next = this.active;
    for (let i = 0; i < count; i += 1) {
      next = (next + step + count) % count;
      if (!this.items[next]?.disabled) break;
    }
    this.active = next;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.#move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.#move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        this.#accept(this.active);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.emit('ge-quick-cancel', {});
        break;
      default:
    }
  };

  #onBlur = (): void => {
    // Leaving the quick input closes it, as in VS Code (a click on an option was kept from blurring).
    if (this.open) this.emit('ge-quick-cancel', {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-quick-input': GeQuickInput;
  }
}
