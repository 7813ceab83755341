// The extension's editor page is the grid editor itself (see grid-editor/).
import '../../../grid-editor/src/main.ts';
