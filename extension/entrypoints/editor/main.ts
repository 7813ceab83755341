// The extension's editor page is the grid editor itself (see grid-editor/), given this
// workstation's live session for the review and the downloads API to save files.

import { mountEditor } from '../../../grid-editor/src/main.ts';
import { saveWithDownloads } from '../../editor-host/downloads.ts';
import { liveSessionSource } from '../../editor-host/live-session.ts';

mountEditor({ liveSource: liveSessionSource(), saveFile: saveWithDownloads });
