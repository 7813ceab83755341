// The extension's harmonisation page is the grid editor's harmonisation view (see grid-editor/).
import '../../../grid-editor/src/harmonisation/main.ts';
