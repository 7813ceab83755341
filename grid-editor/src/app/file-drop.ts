/**
 * Files dropped on the page: the workbench takes a drop anywhere in the window (documents,
 * recordings); a view with files of its own (harmonisation) takes those dropped on it, and keeps
 * them from the workbench. `dragging` says when to show the « drop here » overlay.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export interface FileDropOptions {
  /** The whole window (the workbench), or only the host element (a view inside it). */
  on: 'window' | 'element';
  onFiles(files: File[]): void;
}

export class FileDrop implements ReactiveController {
  dragging = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FileDropOptions;
  #lifetime: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FileDropOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    const target: EventTarget = this.#options.on === 'window' ? window : this.#host;
    target.addEventListener('dragover', this.#onDragOver as EventListener, { signal });
    target.addEventListener('dragleave', this.#onDragLeave as EventListener, { signal });
    target.addEventListener('drop', this.#onDrop as EventListener, { signal });
  }

  hostDisconnected(): void {
    this.#lifetime?.abort();
  }

  #setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }

  /** A view's own drop: the workbench's handler (open a document) must not see these files. */
  #keep(event: DragEvent): void {
    if (this.#options.on === 'element') event.stopPropagation();
  }

  #onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    this.#keep(event);
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.#setDragging(true);
  };

  #onDragLeave = (event: DragEvent): void => {
    const to = event.relatedTarget as Node | null;
    // Leaving the window (not just moving between elements) has no related target.
    if (this.#options.on === 'window' ? to === null : !to || !this.#host.contains(to))
      this.#setDragging(false);
  };

  #onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    this.#keep(event);
    this.#setDragging(false);
    this.#options.onFiles([...(event.dataTransfer?.files ?? [])]);
  };
}
